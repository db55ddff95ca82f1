using System.Security.Cryptography;
using System.Text;
using Hotline.Privacy;
using Hotline.Tests.Support;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Privacy;

public class PersonalDataProtectorTests
{
    readonly PersonalDataProtector _protector = TestProtector.Create();

    [Test]
    public void Decrypts_what_it_encrypted()
    {
        var sealedValue = _protector.Encrypt("Hjælp, de har taget mit pas", ProtectedColumns.Body);

        Assert.That(_protector.Decrypt(sealedValue, TestSecrets.KeyId, ProtectedColumns.Body), Is.EqualTo("Hjælp, de har taget mit pas"));
    }

    [Test]
    public void Leaves_no_trace_of_the_plaintext_and_never_repeats_a_ciphertext()
    {
        var first = _protector.Encrypt("+4520123456", ProtectedColumns.CallerNumber);
        var second = _protector.Encrypt("+4520123456", ProtectedColumns.CallerNumber);

        Assert.That(Encoding.UTF8.GetString(first), Does.Not.Contain("20123456"));
        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void Refuses_a_value_that_was_tampered_with()
    {
        var sealedValue = _protector.Encrypt("+4520123456", ProtectedColumns.CallerNumber);
        sealedValue[^1] ^= 1;

        Assert.That(() => _protector.Decrypt(sealedValue, TestSecrets.KeyId, ProtectedColumns.CallerNumber), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public void Refuses_a_value_moved_to_another_column()
    {
        var sealedValue = _protector.Encrypt("+4520123456", ProtectedColumns.CallerNumber);

        Assert.That(() => _protector.Decrypt(sealedValue, TestSecrets.KeyId, ProtectedColumns.Body), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public void Names_an_unknown_key_id()
    {
        // Sealed with a key this protector does not have (another key would open it: see
        // ReEncryptionTests.Opens_a_value_sealed_with_another_configured_key_than_the_row_names).
        var retired = new PersonalDataProtector(Microsoft.Extensions.Options.Options.Create(new PrivacyOptions
        {
            CurrentKeyId = "retired",
            Keys = new() { ["retired"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) },
            HashKey = TestSecrets.HashKey,
        }));
        var sealedValue = retired.Encrypt("text", ProtectedColumns.Body);

        Assert.That(
            () => _protector.Decrypt(sealedValue, "retired", ProtectedColumns.Body),
            Throws.InstanceOf<CryptographicException>().With.Message.Contains("'retired'"));
    }

    [Test]
    public void Still_decrypts_old_rows_after_the_current_key_changes()
    {
        var oldRow = _protector.Encrypt("text from last year", ProtectedColumns.Body);
        var rotated = new PersonalDataProtector(Options.Create(new PrivacyOptions
        {
            CurrentKeyId = "test2",
            Keys = new() { [TestSecrets.KeyId] = TestSecrets.EncryptionKey, ["test2"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            HashKey = TestSecrets.HashKey,
        }));

        Assert.That(rotated.Decrypt(oldRow, TestSecrets.KeyId, ProtectedColumns.Body), Is.EqualTo("text from last year"));
        Assert.That(rotated.CurrentKeyId, Is.EqualTo("test2"));
    }

    [Test]
    public void Hashes_one_number_the_same_way_each_time_and_two_numbers_differently()
    {
        var once = _protector.HashPhoneNumber("+4520123456");
        var again = _protector.HashPhoneNumber("+4520123456");
        var other = _protector.HashPhoneNumber("+4520123457");

        Assert.That(again, Is.EqualTo(once));
        Assert.That(other, Is.Not.EqualTo(once));
    }

    [Test]
    public void Hash_depends_on_the_key_so_a_leaked_table_cannot_be_matched_against_a_list_of_numbers()
    {
        var unkeyed = SHA256.HashData(Encoding.UTF8.GetBytes("+4520123456"));

        Assert.That(_protector.HashPhoneNumber("+4520123456"), Is.Not.EqualTo(unkeyed));
    }
}
