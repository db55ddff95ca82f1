namespace Hotline.Privacy;

// Rows re-sealed per table by one run of ReEncryption.
public sealed record ReEncryptionReport(int Contacts, int Staff, int AlertDeliveries);
