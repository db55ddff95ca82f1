using Hotline.Triage;

namespace Hotline.Tests.Triage;

/// <summary>
/// The seven smaller lexicons (ar, tr, fr, sq, fa, so, ti) widened on 1 December: new phrasings of danger now and
/// restricted contact must land, and ordinary questions must not alarm (the forms they name are among
/// TriageClassifierTests.Reads_the_key_cues_of_each_language).
/// None of these sentences is taken from a labelled round.
/// </summary>
public class SmallerLanguageCueTests
{
    private static TriageResult Classify(string text, string channel = Channel.Sms) => SharedClassifier.Instance.Classify(text, channel);

    [TestCase("Au secours, il m'a enfermée dans la cave et il me frappe maintenant", "fr")]
    [TestCase("Appelez la gendarmerie, ils veulent me tuer cette nuit", "fr")]
    [TestCase("Venez vite svp, je suis cachée dans le placard, ils défoncent la porte", "fr")]
    [TestCase("İmdat, bizi depoda kilitlediler ve patron şimdi dövüyor", "tr")]
    [TestCase("Polis çağırın, adam kapıyı kırıyor, beni öldürecek", "tr")]
    [TestCase("الحقوني، قفلوا علينا الباب وعم يضربوني هلق", "ar")]
    [TestCase("ابعتوا الشرطة بسرعة، أنا مستخبية في الحمام", "ar")]
    [TestCase("sa3douni, ma7bousa fi el beit w byedrobni halla2", "ar")]
    [TestCase("نجاتم بدید، در رو روم قفل کردن و الان منو میزنن", "fa")]
    [TestCase("پلیس بفرستید، امشب منو میبرن یه شهر دیگه", "fa")]
    [TestCase("Ndihmë! Na kanë mbyllur në bodrum dhe po na rrahin tani", "sq")]
    [TestCase("Thirrni policinë shpejt, jam fshehur, do më vrasin", "sq")]
    [TestCase("Na badbaadiya, qolka ayay nagu xireen oo hadda way na garaacayaan", "so")]
    [TestCase("Booliska soo dira, caawa meel kale ayay na geynayaan", "so")]
    [TestCase("ሓግዙና ሕጂ ኣብ ክፍሊ ዓጺዮምና ይወቕዑና ኣለዉ", "ti")]
    [TestCase("ፖሊስ ጸውዑ ሎሚ ለይቲ ናብ ካልእ ከተማ ክወስዱና እዮም", "ti")]
    public void Danger_now_is_immediate(string text, string language)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Immediate));
        });
    }

    [TestCase("Je peux pas parler, que par sms. Le patron fouille mon portable", "fr")]
    [TestCase("Konuşamam, sadece yazın. Kocam mesajlarımı okuyor", "tr")]
    [TestCase("ما بقدر احكي، بس رسايل. جوزي بيشوف تلفوني", "ar")]
    [TestCase("نمی تونم حرف بزنم، فقط پیام. شوهرم گوشیمو چک میکنه", "fa")]
    [TestCase("Mos më telefononi, vetëm me mesazh. Shefi kontrollon telefonin", "sq")]
    [TestCase("Ha i wicin, qoraal kaliya. Ninkaygu fariimaha wuu akhriyaa", "so")]
    [TestCase("ኣይትደውሉ ብጽሑፍ ጥራይ ሓለቓይ ስልከይ ይፍትሽ", "ti")]
    public void A_watched_phone_or_no_calls_restricts_contact(string text, string language)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.ContactSafety, Is.AnyOf(ContactSafety.TextOnly, ContactSafety.NoContact));
        });
    }

    [TestCase("Bonjour, je voudrais des renseignements sur le bénévolat chez vous", "fr")]
    [TestCase("Question sur ma fiche de paie : les congés payés sont-ils inclus ?", "fr")]
    [TestCase("Merhaba, bir sorum var, kaçta açıksınız?", "tr")]
    [TestCase("İyi günler, kıdem tazminatı hakkında bilgi almak istiyorum", "tr")]
    [TestCase("مرحبا، عندي سؤال عن الإجازة السنوية", "ar")]
    [TestCase("salam, 3andi so2al 3an mawa3id el shoghol", "ar")]
    [TestCase("سلام، سوالی داشتم درباره ساعت کاری دفتر شما", "fa")]
    [TestCase("salam, ye soal dashtam darbare kar dar Danmark", "fa")]
    [TestCase("Përshëndetje, kam një pyetje për punën vullnetare", "sq")]
    [TestCase("Dua të pyes për orarin e zyrës suaj", "sq")]
    [TestCase("Salaan, su'aal baan qabaa ku saabsan shaqada tabaruca", "so")]
    [TestCase("Waxaan rabaa inaan ogaado saacadaha xafiiska", "so")]
    [TestCase("ሰላም ሕቶ ኣለኒ ብዛዕባ ስራሕ ወለንታ", "ti")]
    [TestCase("ሓበሬታ ይደሊ ብዛዕባ ሰዓታት ቤት ጽሕፈት", "ti")]
    public void An_ordinary_question_does_not_alarm(string text, string language)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.Urgency, Is.Not.EqualTo(Urgency.Immediate));
            Assert.That(result.ContactSafety, Is.EqualTo(ContactSafety.Any));
        });
    }
}
