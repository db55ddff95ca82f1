using Hotline.Contracts;
using Hotline.Privacy;

namespace Hotline.Tests.Support;

public static class TestSms
{
    // An SmsReceived as the API publishes it: number and text sealed with the test keys.
    public static SmsReceived Sealed(string messageSid, string from, string body, DateTimeOffset? receivedAt = null)
    {
        var protector = TestProtector.Create();
        return new SmsReceived
        {
            MessageSid = messageSid,
            ReceivedAt = receivedAt ?? DateTimeOffset.UtcNow,
            To = TwilioForms.HotlineNumber,
            CallerHash = protector.HashPhoneNumber(from),
            EncryptedCallerNumber = protector.Encrypt(from, ProtectedColumns.CallerNumber),
            EncryptedBody = protector.Encrypt(body, ProtectedColumns.Body),
            KeyId = protector.CurrentKeyId,
        };
    }
}
