using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class TriageClassifierTests
{
    private static TriageResult Classify(string text, string channel = Channel.Sms) => SharedClassifier.Instance.Classify(text, channel);

    [Test]
    public void Marks_a_locked_in_victim_as_immediate()
    {
        var result = Classify("they locked me in the basement and took my phone, please send someone");

        Assert.Multiple(() =>
        {
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Immediate));
            Assert.That(result.Indicators, Does.Contain(Indicator.LockedIn));
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.Self));
        });
    }

    [Test]
    public void Recognises_forced_labour_with_taken_passport_and_no_pay()
    {
        var result = Classify("boss at the farm took my passport and we get no salary since march, we owe him for the flight");

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.ForcedLabour));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.High));
            Assert.That(result.Indicators, Is.SupersetOf(new[] { Indicator.DocumentsTaken, Indicator.WagesWithheld, Indicator.Debt }));
        });
    }

    [TestCase("Szef zabrał nam paszporty i nie płaci od trzech miesięcy", "pl", Category.ForcedLabour)]
    [TestCase("Seful ne-a luat pasapoartele si nu ne plateste de doua luni", "ro", Category.ForcedLabour)]
    [TestCase("Шефът ни взе паспортите и не ни плаща от два месеца", "bg", Category.ForcedLabour)]
    [TestCase("El jefe se quedó con nuestros pasaportes y no nos paga desde hace meses", "es", Category.ForcedLabour)]
    [TestCase("Роботодавець забрав паспорти і не платить зарплату вже два місяці", "uk", Category.ForcedLabour)]
    [TestCase("Меня заставляют заниматься проституцией, забрали паспорт", "ru", Category.SexualExploitation)]
    [TestCase("Darbdavys paėmė mano pasą ir nemoka atlyginimo jau du mėnesius", "lt", Category.ForcedLabour)]
    [TestCase("เจ้าของร้านบังคับให้ฉันนอนกับลูกค้าเพื่อใช้หนี้", "th", Category.SexualExploitation)]
    [TestCase("Họ bắt em bán dâm để trả nợ tiền đi đường", "vi", Category.SexualExploitation)]
    [TestCase("Kinuha ng amo ang passport ko at walang sahod ng tatlong buwan", "tl", Category.ForcedLabour)]
    [TestCase("Der Chef hat meinen Pass genommen und zahlt mir keinen Lohn", "de", Category.ForcedLabour)]
    [TestCase("O patrão ficou com o meu passaporte e não me paga há meses", "pt", Category.ForcedLabour)]
    [TestCase("chefen har taget mit pas og jeg har ikke fået løn i tre måneder", "da", Category.ForcedLabour)]
    [TestCase("they make me sleep with customers to pay back my debt", "en", Category.SexualExploitation)]
    [TestCase("صاحب کار پاسپورتم را گرفته و حقوقم را نمی‌دهد", "fa", Category.ForcedLabour)]
    [TestCase("La madame a confisqué mes papiers et m'oblige à coucher avec des clients pour la dette", "fr", Category.SexualExploitation)]
    [TestCase("On doit vendre de la drogue pour le grand frère sinon il nous frappe", "fr", Category.ForcedCriminality)]
    [TestCase("Patron pasaportumu aldı, aylardır maaş vermedi", "tr", Category.ForcedLabour)]
    [TestCase("المعلم ماخد باسبوري ومادفعليش من شهرين", "ar", Category.ForcedLabour)]
    [TestCase("صاحبکار تذکره ام را گرفته و مزدم را نداده", "fa", Category.ForcedLabour)]
    [TestCase("Shefi na mori pasaportat dhe s'na paguan prej muajsh", "sq", Category.ForcedLabour)]
    [TestCase("Maamulaha ayaa baasaboorka iga qaatay, mushahar ima siiyo", "so", Category.ForcedLabour)]
    [TestCase("ሓለቓ ፓስፖርተይ ወሲዱ ደሞዝ ኣይከፈለንን", "ti", Category.ForcedLabour)]
    public void Reads_the_key_cues_of_each_language(string text, string language, string category)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.Category, Is.EqualTo(category));
        });
    }

    [TestCase("Nobody forces me and I am not locked in, I only ask about holiday pay")]
    [TestCase("ingen tvinger mig, jeg vil bare høre om feriepenge")]
    [TestCase("Nie jestem zamknięty i nikt mnie nie zmusza, pytam tylko o urlop")]
    public void Does_not_fire_on_negated_or_reported_coercion(string text)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Low));
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.LockedIn));
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.Forced));
        });
    }

    [Test]
    public void Danger_key_forces_immediate_even_without_words()
    {
        var plain = SharedClassifier.Instance.Classify("øh hallo", Channel.Voice, dangerKeyPressed: false);
        var pressed = SharedClassifier.Instance.Classify("øh hallo", Channel.Voice, dangerKeyPressed: true);

        Assert.Multiple(() =>
        {
            Assert.That(plain.Urgency, Is.Not.EqualTo(Urgency.Immediate));
            Assert.That(pressed.Urgency, Is.EqualTo(Urgency.Immediate));
            Assert.That(pressed.Category, Is.Not.EqualTo(Category.None));
            Assert.That(pressed.Indicators, Does.Contain(Indicator.DangerKey));
        });
    }

    [Test]
    public void Danger_key_keeps_the_category_the_words_give()
    {
        var result = SharedClassifier.Instance.Classify("they took my passport and i work for no pay", Channel.Voice, dangerKeyPressed: true);

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.ForcedLabour));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Immediate));
        });
    }

    [TestCase("Bonjour, le patron a pris mon passeport et ne me paie pas depuis trois mois.", "fr")]
    [TestCase("سلام، من در یک رستوران در آرهوس کار می‌کنم و صاحب کار حقوقم را نمی‌دهد", "fa")]
    [TestCase("ሰላም። ኣብ ዴንማርክ ኣብ ሕርሻ እየ ዝሰርሕ፣ ደሞዝ ኣይረኸብኩን", "ti")]
    [TestCase("Waxaan ka shaqeeyaa beer ku taal Odense, mushahar ima siiyaan afar bilood", "so")]
    [TestCase("!!! ??? 123", LanguageCode.Undetermined)]
    public void Needs_an_interpreter_for_languages_other_than_danish_and_english(string text, string language)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.InterpreterNeeded, Is.True);
        });
    }

    [TestCase("we need help, the boss took our passports", "en")]
    [TestCase("vi har brug for hjælp, chefen har taget vores pas", "da")]
    public void Needs_no_interpreter_for_danish_or_english(string text, string language)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.InterpreterNeeded, Is.False);
        });
    }

    // Danish, Norwegian and Swedish share many cue words: the cues settle the language when one's outnumber each
    // sibling's, and Lingua, for that family alone, decides when they do not. Danish typed without æøå is still Danish.
    [TestCase("Hej, jeg arbejder på en gård i Jylland, chefen har taget mit pas og jeg får ingen løn", "da")]
    [TestCase("hej jeg arbejder paa et lager og chefen betaler ikke min loen, han siger jeg skylder ham penge for vaerelset", "da")]
    [TestCase("Hei, jeg jobber på en gård i Norge, sjefen har tatt passet mitt og jeg får ikke lønn", "nb")]
    [TestCase("Hej, jag jobbar på en gård i Skåne, chefen har tagit mitt pass och jag får ingen lön", "sv")]
    [TestCase("Përshëndetje, më detyrojnë të punoj pa pagë dhe më kanë marrë pasaportën", "sq")]
    public void Tells_close_languages_apart(string text, string language)
    {
        Assert.That(Classify(text).Language, Is.EqualTo(language));
    }

    [TestCase("hjælp", "da")]
    [TestCase("help", "en")]
    [TestCase("pomocy", "pl")]
    [TestCase("ช่วยด้วย", "th")]
    [TestCase("Допоможіть", "uk")]
    [TestCase("ok", LanguageCode.Undetermined)]
    public void Tells_the_language_of_a_very_short_text_from_its_cue_or_script(string text, string language)
    {
        Assert.That(Classify(text).Language, Is.EqualTo(language));
    }

    [Test]
    public void Takes_a_bare_cry_for_help_seriously_without_guessing_who_writes()
    {
        var result = Classify("hjælp!!");

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.Unclear));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.High));
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.Unknown));
        });
    }

    [TestCase("he reads my phone every night, dont write back", ContactSafety.NoContact)]
    [TestCase("han læser min telefon, svar ikke", ContactSafety.NoContact)]
    [TestCase("cant talk, sms only please, boss took my passport", ContactSafety.TextOnly)]
    [TestCase("kan ikke snakke, skriv kun sms. chefen har mit pas", ContactSafety.TextOnly)]
    [TestCase("we share one phone with the supervisor, so only text", ContactSafety.NoContact)]
    [TestCase("telefonen deler vi med formanden, skriv kun", ContactSafety.NoContact)]
    [TestCase("e telefonul colegului meu, nu stie ca va scriu", ContactSafety.NoContact)]
    [TestCase("هو يراقب الجوال كل يوم", ContactSafety.NoContact)]
    [TestCase("I hid my phone and put it on silent", ContactSafety.TextOnly)]
    [TestCase("я спрятала телефон и выключила звук", ContactSafety.TextOnly)]
    [TestCase("boss took my passport, please call me back", ContactSafety.Any)]
    public void Decides_how_we_may_answer(string text, string contactSafety)
    {
        Assert.That(Classify(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    [Test]
    public void Reads_an_unpunctuated_voice_transcript_with_fillers()
    {
        var result = Classify(
            "hej øh jeg ringer fordi min nabo øh hun er au pair og øh familien har hendes pas og hun må ikke gå ud alene",
            Channel.Voice);

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.DomesticServitude));
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.ThirdParty));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Normal));
            Assert.That(result.Language, Is.EqualTo(LanguageCode.Danish));
        });
    }

    [Test]
    public void Recognises_a_professional_referral()
    {
        var result = Classify("Hi, I'm a social worker in the municipality. A boy of 15 we know is made to sell drugs for older guys and says he owes them.");

        Assert.Multiple(() =>
        {
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.Professional));
            Assert.That(result.Category, Is.EqualTo(Category.ForcedCriminality));
            Assert.That(result.Indicators, Does.Contain(Indicator.Minor));
        });
    }

    [Test]
    public void Reads_typos_and_sms_abbreviations()
    {
        var result = Classify("plz heeelp boss tuk my pasport n i owe him 4 the ticket, cant talk txt only");

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Contain(Indicator.Debt));
            Assert.That(result.ContactSafety, Is.EqualTo(ContactSafety.TextOnly));
            Assert.That(result.Category, Is.Not.EqualTo(Category.None));
        });
    }

    [Test]
    public void Handles_a_message_mixing_two_languages()
    {
        var result = Classify("Buna, lucrez la ferma in Danemarca, boss took our passports si nu ne plateste nimic");

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.ForcedLabour));
            Assert.That(result.Indicators, Does.Contain(Indicator.DocumentsTaken));
        });
    }

    [TestCase("sorry wrong number")]
    [TestCase("Hej, hvad er jeres åbningstider?")]
    [TestCase("I would like to volunteer with you")]
    public void Labels_ordinary_questions_as_no_trafficking_concern(string text)
    {
        var result = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Low));
        });
    }

    [TestCase("I am 15 and they make me sell drugs", true)]
    [TestCase("I am 25 and they make me sell drugs", false)]
    [TestCase("Mam 16 lat i muszę kraść dla nich", true)]
    [TestCase("Mam 19 lat i muszę kraść dla nich", false)]
    public void Marks_a_minor_only_below_eighteen(string text, bool minor)
    {
        Assert.That(Classify(text).Indicators.Contains(Indicator.Minor), Is.EqualTo(minor));
    }

    [Test]
    public void A_boss_threatening_to_call_the_police_is_not_a_call_for_help()
    {
        var result = Classify("my employer took my passport and threatens to call the police if i complain");

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Contain(Indicator.Threats));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.High));
        });
    }

    [Test]
    public void A_relative_named_in_a_threat_does_not_make_the_writer_a_third_party()
    {
        var result = Classify("he says he will hurt my daughter if i stop working for him without pay");

        Assert.That(result.CallerRole, Is.EqualTo(CallerRole.Self));
    }

    [Test]
    public void Gives_the_same_answer_from_many_threads()
    {
        const string text = "he is hitting me right now, we are locked in, send police";
        var expected = Classify(text);

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => Classify(text)).ToList();

        Assert.That(results.Select(result => (result.Category, result.Urgency, result.Language)),
            Is.All.EqualTo((expected.Category, expected.Urgency, expected.Language)));
    }

    // Acute danger from a rule, not a memorised phrase: violence or confinement with "now", a cry for help,
    // an urgent tone or an address, in the languages the hotline hears.
    [TestCase("he keeps punching me and wont stop, im in the bathroom")]
    [TestCase("SOS boss locked the container with us inside")]
    [TestCase("HELP!!! boss took our passports and wont let us out")]
    [TestCase("he hit me again, Nørrebrogade 14 3.tv")]
    [TestCase("han har en kniv og truer mig lige nu, kom hurtigt")]
    [TestCase("er würgt mich gerade, bitte schnell kommen")]
    [TestCase("bije mnie teraz, jestem w łazience")]
    [TestCase("ma bate acum si nu pot iesi din camera")]
    [TestCase("me está golpeando ahora, ayuda")]
    [TestCase("він мене б'є просто зараз, допоможіть")]
    [TestCase("меня держат в квартире, дверь закрыта, помогите")]
    [TestCase("jis mane muša dabar, padėkit")]
    [TestCase("เขากำลังทำร้ายฉันตอนนี้ ช่วยด้วย")]
    [TestCase("anh ta đang đánh tôi, cứu với")]
    [TestCase("binubugbog ako ngayon, tulong")]
    [TestCase("помогнете, заключени сме в мазето")]
    [TestCase("estamos presos num quarto, não conseguimos sair")]
    public void Treats_violence_or_confinement_happening_now_as_immediate(string text)
    {
        Assert.That(Classify(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    [TestCase("he beat me last year, now I live with my sister and I'm safe")]
    [TestCase("my boss is rude and shouts at me but pays fine, can i change job?")]
    public void Past_or_ordinary_trouble_is_not_immediate(string text)
    {
        Assert.That(Classify(text).Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }
    // Being taken away soon, wherever the time word stands, in the languages the hotline hears.
    [TestCase("they're driving us somewhere now, not sure where we going")]
    [TestCase("de kører os til et andet sted i nat")]
    [TestCase("Heute Nacht werden wir über die Grenze gebracht")]
    [TestCase("hoje à noite vão levar-nos para outra cidade")]
    [TestCase("Нас сегодня ночью вывозят в Германию")]
    [TestCase("Сьогодні вночі нас перевозять в інше місто")]
    [TestCase("Šiąnakt mus išveš į Vokietiją")]
    [TestCase("คืนนี้เขาจะพาฉันไปอีกเมือง")]
    [TestCase("dadalhin daw kami sa ibang bansa mamayang gabi")]
    public void Treats_being_moved_tonight_as_immediate(string text)
    {
        Assert.That(Classify(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // Someone who only heard or saw it, reporting danger now: leaving or sold tonight, knocking from inside a
    // vehicle, dragged back, held down in a room.
    [TestCase("my niece is 15 and she texted that she leaves for Sweden with him tonight")]
    [TestCase("сестра ми пише, че довечера тръгват за Италия с него")]
    [TestCase("подруга пишет, что завтра её увезут в Польшу")]
    [TestCase("сестра каже, що вночі її відвезуть до Німеччини")]
    [TestCase("In dem Container hinter der Halle klopft jemand von innen")]
    [TestCase("соседи говорят, он тащит её в машину прямо сейчас")]
    [TestCase("der bliver holdt en kvinde fast i lejligheden ved siden af")]
    public void Treats_a_third_party_report_of_danger_now_as_immediate(string text)
    {
        Assert.That(Classify(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    [Test]
    public void A_child_who_is_held_and_afraid_is_immediate()
    {
        var result = Classify("I'm 15 and they won't let me leave the flat, I'm scared");

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Is.SupersetOf(new[] { Indicator.Minor, Indicator.Fear }));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Immediate));
        });
    }

    [Test]
    public void A_child_held_without_fear_named_stays_high()
    {
        Assert.That(Classify("I'm 17 and I must sell weed for them because I owe them, I can't leave").Urgency, Is.EqualTo(Urgency.High));
    }

    [Test]
    public void A_third_party_hearing_of_a_nightly_lock_in_is_not_immediate_but_one_happening_now_is()
    {
        var heardOf = Classify("my friend says her employer locks her in her room at night and never pays her");
        var now = Classify("my friend just texted that the boss locked her in the storeroom right now");

        Assert.Multiple(() =>
        {
            Assert.That(heardOf.CallerRole, Is.EqualTo(CallerRole.ThirdParty));
            Assert.That(heardOf.Urgency, Is.EqualTo(Urgency.Normal));
            Assert.That(now.Urgency, Is.EqualTo(Urgency.Immediate));
        });
    }

    [Test]
    public void Words_negated_in_one_language_are_negated_for_its_sibling()
    {
        // "urgente" is also Portuguese and Italian, where "no" is not a negation.
        var result = Classify("No es urgente, pero creo que a mi compañero de piso lo obligan a trabajar gratis en un bar");

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.UrgentTone));
            Assert.That(result.Urgency, Is.Not.EqualTo(Urgency.Immediate));
        });
    }

    [Test]
    public void A_portuguese_thank_you_is_not_coercion()
    {
        var result = Classify("Qual é o número do apoio em português? Obrigada");

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.Forced));
            Assert.That(result.Category, Is.EqualTo(Category.None));
        });
    }

    [TestCase("não liguem para este número, o telemóvel é do patrão", ContactSafety.NoContact)]
    [TestCase("stop writing to this number. he saw your last message", ContactSafety.NoContact)]
    [TestCase("Estoy en el baño, este móvil es de una clienta", ContactSafety.NoContact)]
    [TestCase("må jeg få en sms i stedet for opkald?", ContactSafety.TextOnly)]
    [TestCase("пишу тихо, вони в сусідній кімнаті", ContactSafety.TextOnly)]
    [TestCase("we're in a van, i hid this phone", ContactSafety.TextOnly)]
    [TestCase("if this number gets a message they will know", ContactSafety.NoContact)]
    [TestCase("Please delete after reading. I am in Denmark since March", ContactSafety.NoContact)]
    [TestCase("This phone is from a woman at the station, I give it back now", ContactSafety.NoContact)]
    [TestCase("ik ring pls min onkel hoerer alt", ContactSafety.TextOnly)]
    [TestCase("не звоните, он всё слышит", ContactSafety.TextOnly)]
    [TestCase("não consigo falar pelo telefone, manda mensagem", ContactSafety.TextOnly)]
    [TestCase("Vous pouvez m'écrire, pas m'appeler.", ContactSafety.TextOnly)]
    [TestCase("jeg må ikke snakke højt, skriv", ContactSafety.TextOnly)]
    [TestCase("телефон у нас один на всех, я сам позвоню", ContactSafety.NoContact)]
    public void Reads_new_ways_of_saying_how_to_answer(string text, string contactSafety)
    {
        Assert.That(Classify(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    // The lexicons and rules alone (Analyse), so that a model trained on similar examples cannot hide a rule that broke.
    private static TriageResult ReadByTheLexicons(string text) =>
        SharedClassifier.Instance.Analyse(text, Channel.Sms, dangerKeyPressed: false).Result;

    // Put out of a place is not a blow: the violence cue inside "kicked me out" is taken away, one outside it is not.
    [TestCase("my landlord kicked me out today, where can I sleep?", false)]
    [TestCase("the hostel threw us all out this morning", false)]
    [TestCase("he kicked me in the stomach and threw me out of the car", true)]
    [TestCase("he kicked me again, i am on the floor", true)]
    public void Reads_being_put_out_of_a_place_as_no_violence(string text, bool violence)
    {
        var lexicons = ReadByTheLexicons(text);

        Assert.That(lexicons.Indicators.Contains(Indicator.Violence), Is.EqualTo(violence));
    }

    [TestCase("the company still owes me my last two salaries, who can help me get the money back?")]
    [TestCase("firmaet skylder mig stadig 12.000 kr i løn, kan jeg anmelde dem?")]
    [TestCase("la empresa me debe el sueldo de marzo y abril, quiero reclamar")]
    [TestCase("firma zalega mi z wypłatą od marca, chcę odzyskać pieniądze")]
    [TestCase("die Firma schuldet mir zwei Monatslöhne, soll ich zum Arbeitsgericht?")]
    [TestCase("фирма задолжала мне зарплату за два месяца, хочу вернуть деньги")]
    [TestCase("patronul îmi datorează salariul pe două luni, vreau să recuperez banii")]
    public void Reads_wages_the_employer_owes_as_a_pay_claim_not_as_debt(string text)
    {
        var lexicons = ReadByTheLexicons(text);
        var combined = Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(lexicons.Indicators, Does.Contain(Indicator.LabourDispute).And.Not.Contain(Indicator.Debt));
            Assert.That(lexicons.Category, Is.EqualTo(Category.None));
            Assert.That(lexicons.Urgency, Is.EqualTo(Urgency.Low));
            Assert.That(combined.Category, Is.EqualTo(Category.None));
        });
    }

    [TestCase("no me pagan las vacaciones desde el año pasado")]
    [TestCase("my employer hasn't paid my holiday pay")]
    public void Reads_a_pay_claim_that_says_not_paid_as_a_pay_claim(string text)
    {
        var result = ReadByTheLexicons(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Contain(Indicator.LabourDispute));
            Assert.That(result.Category, Is.EqualTo(Category.None));
        });
    }

    [TestCase("the boss owes us four months of wages and keeps our passports")]
    [TestCase("szef jest nam winien pensje za trzy miesiące i zabrał nam paszporty")]
    public void Still_reads_owed_wages_with_papers_taken_as_forced_labour(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedLabour));
    }

    [TestCase("someone is beating a girl in the car park behind the hotel right now")]
    [TestCase("en mand slår sin kæreste foran bageriet lige nu, kom hurtigt")]
    [TestCase("un hombre está pegando a una chica delante del restaurante ahora mismo")]
    [TestCase("вот сейчас у склада мужчина бьёт женщину, приезжайте")]
    public void Leaves_the_form_open_for_violence_at_a_workplace_where_nobody_is_said_to_work(string text)
    {
        var result = ReadByTheLexicons(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Contain(Indicator.WorkContext).And.Contain(Indicator.Violence));
            Assert.That(result.Category, Is.EqualTo(Category.Unclear));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Immediate));
        });
    }

    [TestCase("the foreman hits us in the warehouse if we are slow")]
    [TestCase("wir arbeiten auf der Baustelle und sie schlagen uns jeden Tag")]
    public void Names_forced_labour_when_workers_are_beaten_where_they_work(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedLabour));
    }

    [TestCase("her boyfriend brings men to the apartment every evening")]
    [TestCase("he takes pictures of her and sells them on a website")]
    [TestCase("han bringer kunder hjem til hende hver aften")]
    [TestCase("de sælger videoer af hende på nettet")]
    [TestCase("Er verkauft Nacktbilder von ihr")]
    [TestCase("mi novio vende mis fotos íntimas")]
    [TestCase("ele traz homens para o apartamento")]
    [TestCase("przyprowadza do niej mężczyzn co wieczór")]
    [TestCase("ii aduce barbati in apartament")]
    [TestCase("той води мъже в апартамента")]
    [TestCase("её интимные фото продают в интернете")]
    [TestCase("เขาพาผู้ชายมาที่ห้องทุกคืน")]
    [TestCase("hắn dẫn khách về phòng")]
    [TestCase("nagdadala siya ng lalaki sa kwarto")]
    [TestCase("he says we both have to see more men tonight")]
    [TestCase("i booked a girl on a website and she looked really young")]
    [TestCase("ela vai ter que ir com uns homens pra pagar a dívida")]
    [TestCase("вночі приїдуть клієнти і ми мусимо з ними спати")]
    [TestCase("Каза, че ако довечера не изляза на улицата при клиентите, ще ме бие")]
    [TestCase("5 men a day come to the flat and he keeps the money")]
    [TestCase("der kommer fire mænd om natten og han tager pengene")]
    [TestCase("he makes me go live on a website every night for his friends")]
    [TestCase("han truer med at lægge billederne ud hvis jeg siger nej")]
    [TestCase("la obligaron a grabar vídeos para una página de adultos")]
    [TestCase("diseară o duce la niște bărbați la hotel")]
    [TestCase("vyrai ateina naktimis, negaliu išvažiuoti")]
    [TestCase("the man who paid for me is asleep and my boss has my passport")]
    [TestCase("her boyfriend books men for her through an app and keeps the money")]
    [TestCase("min kæreste har lavet profiler af mig og bestemmer hvem jeg skal mødes med")]
    [TestCase("il nous emmène chez des clients la nuit pour payer la dette")]
    [TestCase("muszę być miła dla jego klientów, bo on płaci za mieszkanie")]
    [TestCase("tenho que dormir com os amigos dele para pagar a viagem")]
    [TestCase("Nachts steigen junge Frauen bei den Fahrern ein, ein Mann nimmt das Geld")]
    public void Reads_sexual_exploitation_said_without_naming_sex(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    [TestCase("we wash cars for customers 12 hours a day and the boss keeps our passports")]
    [TestCase("vi vasker biler for kunder hele dagen og ejeren har vores pas")]
    public void Customers_of_a_car_wash_do_not_make_it_sexual_exploitation(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedLabour));
    }

    [Test]
    public void A_customer_of_a_massage_clinic_writes_as_a_third_party()
    {
        var result = ReadByTheLexicons("I was a customer at a massage clinic and the woman said she is not allowed to leave");

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.SexualExploitation));
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.ThirdParty));
        });
    }

    [TestCase("pay 5000 by tomorrow or he will break my arms")]
    [TestCase("de kommer tilbage om lidt, jeg gemmer mig i kælderen")]
    [TestCase("Sie kommen gleich zurück, ich verstecke mich im Keller")]
    [TestCase("vuelven pronto, estoy escondida en el baño")]
    [TestCase("zaraz wrócą, chowam się w piwnicy")]
    [TestCase("они скоро вернутся, я прячусь в подвале")]
    [TestCase("Yardım edin, saklanıyorum, adamlar beni arıyor")]
    public void Treats_pursuers_coming_back_hiding_or_a_deadline_with_a_threat_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    [Test]
    public void A_pause_ends_the_reach_of_a_negation()
    {
        var result = ReadByTheLexicons("jeg kan ikke tale… de kommer tilbage snart");

        Assert.Multiple(() =>
        {
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Immediate));
            Assert.That(result.ContactSafety, Is.EqualTo(ContactSafety.TextOnly));
        });
    }

    [TestCase("my husband's boss makes him drive at night and keeps his passport")]
    [TestCase("one of the workers there told me they sleep in the container")]
    [TestCase("jeg har en kollega som aldrig får sin løn selv")]
    [TestCase("Майка ми чисти при едно семейство и не я пускат да излиза")]
    [TestCase("Kardeşim bir inşaatta çalışıyor, patron pasaportunu almış")]
    public void Reads_a_relative_or_a_colleague_as_the_one_the_message_is_about(string text)
    {
        Assert.That(ReadByTheLexicons(text).CallerRole, Is.EqualTo(CallerRole.ThirdParty));
    }

    // A husband is as often the one who exploits as the one it is about.
    [TestCase("Мъжът ми ме кара да спя с мъже за пари")]
    [TestCase("Kocam beni müşterilerle yatmaya zorluyor")]
    public void A_writer_exploited_by_her_husband_writes_about_herself(string text)
    {
        Assert.That(ReadByTheLexicons(text).CallerRole, Is.EqualTo(CallerRole.Self));
    }

    // "now she writes", "today he called": the time word dates the report, not the danger; the same story told as
    // happening now stays immediate.
    [TestCase("my sister is 16 and now she writes that he makes her sleep with men for money")]
    [TestCase("min datter på 16 skrev i dag at hendes kæreste sælger hende til sine venner")]
    [TestCase("Mi hermana de 16 años hoy me escribió que su novio la obliga a prostituirse")]
    [TestCase("Fiica mea de 17 ani acum imi scrie ca o obliga sa se culce cu barbati pentru bani")]
    public void A_time_word_that_dates_a_report_is_not_danger_now(string text)
    {
        var result = ReadByTheLexicons(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.SexualExploitation));
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.HappeningNow));
            Assert.That(result.Urgency, Is.Not.EqualTo(Urgency.Immediate));
        });
    }

    // The writer's own "now I'm writing" is not a report of someone else's: the danger stays now.
    [TestCase("han slår mig, nu skriver jeg fra toilettet")]
    [TestCase("bije mnie, teraz piszę z łazienki")]
    [TestCase("anh ta đánh em, bây giờ em nhắn tin từ nhà vệ sinh")]
    [TestCase("han slår meg, nå skriver jeg fra do")]
    public void A_writer_telling_of_their_own_writing_now_keeps_the_danger_now(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    [Test]
    public void A_child_sold_to_men_tonight_told_by_a_relative_stays_immediate()
    {
        Assert.That(ReadByTheLexicons("my sister is 16 and she is in a hotel with him right now, he is selling her to men tonight").Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // A beating promised for tonight, being moved to a place nobody knows, a neighbour hearing a beating now.
    [TestCase("Каза, че ако довечера пак не изляза, ще ме бие пак")]
    [TestCase("Ma este átvisznek minket egy másik helyre, nem tudom hová")]
    [TestCase("yan dairede bir kız çığlık atıyor, adam onu şu anda dövüyor")]
    [TestCase("I can hear screaming next door, he is hitting her")]
    [TestCase("nie wiem dokąd nas wiozą, zabrali nam paszporty")]
    [TestCase("no sé a dónde nos llevan, nos quitaron los pasaportes")]
    [TestCase("de er udenfor nu. de siger jeg skal med. 2 mand")]
    [TestCase("ejeren har lige låst ham inde i kølerummet, han ringede til mig derindefra")]
    public void Treats_a_threat_tonight_a_move_to_an_unknown_place_or_a_beating_heard_now_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    [Test]
    public void Not_knowing_where_to_turn_is_not_being_moved()
    {
        var result = ReadByTheLexicons("jeg ved ikke hvor jeg skal henvende mig med et spørgsmål om feriepenge");

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.MovedTonight));
            Assert.That(result.Urgency, Is.Not.EqualTo(Urgency.Immediate));
        });
    }

    [TestCase("min onkel siger jeg skal staa og saelge paa christiania hver dag")]
    [TestCase("the man who brought me makes me take things from shops every day, he waits outside")]
    [TestCase("older guys pay him to hold stuff and now he says he owes them")]
    [TestCase("он заставляет меня воровать в магазинах каждый день")]
    [TestCase("on każe jej sprzedawać paczki na dworcu")]
    public void Reads_forced_criminality_said_plainly(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    [Test]
    public void A_press_enquiry_that_names_a_form_but_no_case_is_no_concern()
    {
        var result = ReadByTheLexicons("Hi, I'm a reporter working on a story about organised begging in Aarhus. Could someone give a comment this week?");

        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.Professional));
        });
    }

    [TestCase("de vil have jeg kører en bil med noget i over grænsen i nat")]
    [TestCase("two kids fill their bags with perfume and a woman waits by the door")]
    [TestCase("han passede planter i et hus på landet og må ikke gå ud")]
    [TestCase("she makes us stand outside the supermarket with magazines and bring her 300 kr every day")]
    [TestCase("hver morgen får vi en liste med hvad vi skal hente i Illum, alt går til ham")]
    [TestCase("min søn skal køre ture for nogle fyre indtil han har betalt dem")]
    [TestCase("a man brings me to sit in front of the shop every day and takes the money")]
    [TestCase("A bátyám minden nap lopnia kell a boltokban")]
    [TestCase("copiii vin seara cu pungi pline de haine noi cu etichete")]
    public void Reads_forced_criminality_said_indirectly(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // A relative or neighbour who tells of the victim's phone ("his phone is off now") names the victim's phone, not
    // the one we would answer; the writer's own borrowed phone still rules out an answer, also when relatives are named.
    [TestCase("My brother works on a farm, the boss beat him and now his phone is off. Call me back", ContactSafety.Any)]
    [TestCase("jeg skriver fra min venindes telefon, chefen har mit pas", ContactSafety.NoContact)]
    [TestCase("I am writing on my sister's phone, my husband took mine and hits me", ContactSafety.NoContact)]
    [TestCase("det er min kusines mobil, jeg må ikke have min egen. send intet", ContactSafety.NoContact)]
    [TestCase("she checks our phones, dont text. the boss has our passports", ContactSafety.NoContact)]
    [TestCase("Salaan, waxaan ka shaqeeyaa beer, baasaboorkayga way qaateen. Taleefanka way eegaan, ha ii soo jawaabin.", ContactSafety.NoContact)]
    public void Restricts_contact_only_for_the_writers_own_phone(string text, string contactSafety)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    // A professional who asks to be called gives their own number; the restriction they report is the victim's.
    // Without the invitation, the report still restricts, as a professional may write from a shared or watched phone.
    [TestCase("Outreach team here: the woman we met asked us not to call her, he checks her phone. Please call me on this number.", ContactSafety.Any)]
    [TestCase("Socialrådgiver i Køge Kommune: han læser hendes telefon, så skriv ikke til hende. Ring gerne til mig på dette nummer.", ContactSafety.Any)]
    [TestCase("Outreach team here: the woman we met asked us not to call her, he checks her phone.", ContactSafety.NoContact)]
    [TestCase("I work at a nail salon, the boss reads my phone, please call me back tonight after 10", ContactSafety.NoContact)]
    public void A_professional_who_asks_to_be_called_is_not_restricted_by_the_victims_phone(string text, string contactSafety)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    [Test]
    public void An_enquiry_that_names_forced_labour_as_its_topic_is_no_concern()
    {
        var result = ReadByTheLexicons("Hi, do you offer training for our staff on how to spot forced labour? Nothing specific has happened.");

        Assert.That(result.Category, Is.EqualTo(Category.None));
    }

    [TestCase("union rep here, one of our members says the agency keeps his passport")]
    [TestCase("Hej fra Vejle Kommune, vi har en ung mand der ikke har fået løn")]
    [TestCase("Wir sind ein Bauunternehmen aus Kiel, wie melden wir Arbeiter an?")]
    public void Recognises_unions_municipalities_and_companies_as_professionals(string text)
    {
        Assert.That(ReadByTheLexicons(text).CallerRole, Is.EqualTo(CallerRole.Professional));
    }

    // v19: danger now in plain words. Food or water gone since yesterday (also as a professional tells it), a move
    // tomorrow on the first ferry or to a new place, a weapon held while the writer hides, a child streamed live.
    [TestCase("hej fra kommunen, en pige på 14 er i en lejlighed i Aalborg og har ikke fået mad eller vand")]
    [TestCase("chefen siger vi skal med færgen i morgen tidlig til en ny gård og han har vores pas")]
    [TestCase("mañana temprano viene el jefe a llevarnos a Suecia, tiene nuestros pasaportes")]
    [TestCase("المدير قفل علينا الباب ما عندنا ماء")]
    [TestCase("may hawak na baril ang amo namin, nagtatago po kami sa banyo")]
    [TestCase("Someone posted a livestream of a boy who looks about 12, comments say next show tonight")]
    [TestCase("we are in the truck, no water since yesterday")]
    public void Treats_no_food_or_water_a_move_tomorrow_a_weapon_held_or_a_child_streamed_live_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    [Test]
    public void A_clinic_that_saw_a_girl_today_writes_as_a_professional()
    {
        var result = ReadByTheLexicons("Sexual health clinic here. A 16-year-old seen today for testing says a man books clients for her.");

        Assert.Multiple(() =>
        {
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.Professional));
            Assert.That(result.Category, Is.EqualTo(Category.SexualExploitation));
        });
    }

    // v20: danger now said in slang or sideways. A deadline today with "or they finish" someone, a girl offered by the
    // hour and drugged or pushed into a taxi, a boss standing there with a weapon, someone fetched back and then silence,
    // a flight booked for tomorrow, "they are taking me somewhere", a friend beaten and lying in the car.
    [TestCase("my cousin is 14, he has to drop a bag for some older guys tonight or they will hurt his sister")]
    [TestCase("min lillebror skal aflevere en pakke i aften ellers slår de hans søster, siger han")]
    [TestCase("a man at the bar is offering a girl for 1000 for an hour, she looks drugged")]
    [TestCase("der er en pige udenfor som ikke kan stå selv, to mænd er ved at få hende ind i en taxa")]
    [TestCase("formanden står ude på marken med en kølle og vi får ikke lov at gå hjem")]
    [TestCase("the boss is standing by the gate with a pipe and says nobody goes home")]
    [TestCase("hun løb over til os og sagde han slår hende, så hentede han hende tilbage og nu er det stille derinde")]
    [TestCase("de har købt billet til mig i morgen til Istanbul, de vil have min nyre for gælden")]
    [TestCase("Sesuo parašė, kad ją kažkur veža, ir nebeatsako")]
    [TestCase("Пак ни пращат да крадем, Ваньо отказа, пребиха го и лежи отзад")]
    public void Treats_danger_said_in_slang_or_sideways_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // Fetching a named child at three is an errand, not a transfer; a promise to do it quickly is no urgent tone.
    [TestCase("Hej Mette, skal vi hente Sofie kl 15 i morgen?")]
    [TestCase("Мне предлагают продать почку, говорят, всё сделают быстро. Я не хочу.")]
    public void Does_not_read_an_errand_or_a_quick_promise_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }

    // Forms said without naming them: a girl rented out to his friends, men coming and going, a corner all night,
    // posted on a site, going down to "the customer", a Brazilian "programa"; "shopping" without paying, phones and
    // bags handed to an older man, "the green stuff", goods driven at night.
    [TestCase("he rents me out to his friends on weekends and keeps the money", Category.SexualExploitation)]
    [TestCase("hele aftenen har der været mænd der kommer og går i lejligheden over os", Category.SexualExploitation)]
    [TestCase("my boyfriend posted me on a website and now there are visitors every night", Category.SexualExploitation)]
    [TestCase("Das Mädchen muss gleich runter zum Kunden, sagt der Mann", Category.SexualExploitation)]
    [TestCase("Vim para trabalhar num bar mas é programa com cliente toda noite", Category.SexualExploitation)]
    [TestCase("de sender os ud at shoppe i Field's uden at betale og tager alt bagefter", Category.ForcedCriminality)]
    [TestCase("two boys take phones from tourists and hand it all to an older man by the station", Category.ForcedCriminality)]
    [TestCase("min søn på 15 skal sælge alt det grønne de gav ham før han må komme hjem", Category.ForcedCriminality)]
    [TestCase("Zilnic stă la intrarea magazinului și cere bani toată ziua pentru un vecin", Category.ForcedCriminality)]
    [TestCase("to fyre slog ham fordi han ikke havde solgt det grønne de gav ham", Category.ForcedCriminality)]
    public void Recognises_exploitation_and_forced_crime_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v21: asking to be got out of a place, workers taken abroad early tomorrow, a worker hit who cannot stand,
    // a Somali woman locked in a room.
    [TestCase("hent mig væk herfra")]
    [TestCase("please help me get out of here")]
    [TestCase("Pomóżcie mi się stąd wydostać")]
    [TestCase("they say the bus takes us back to Romania at 6 tomorrow and the boss has our passports")]
    [TestCase("formanden bankede ham med en stang og nu kan han ikke stå")]
    [TestCase("the boss hit him with a pipe and he can't get up")]
    [TestCase("Wuxuu igu xiray qolka, caawa ayuu i iibinayaa")]
    public void Treats_being_held_hurt_or_taken_away_said_plainly_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // Picking apples is farm work, not a pick-up tonight; "now he wants" dates a demand, not a danger happening.
    [TestCase("the two men who pick apples came in tonight, hungry")]
    [TestCase("im 15, he has videos of me and now he wants me to meet his friend")]
    public void Does_not_read_farm_work_or_a_new_demand_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }

    // v21's forms said without naming them: men booked for her, writing from a client's phone, "entertaining" the men
    // he brings, "attending" men; taking goods from shops, a bank account opened for someone, selling until all is sold.
    [TestCase("my manager books the men for me and I stay in a flat with no keys", Category.SexualExploitation)]
    [TestCase("jeg skriver fra en kundes telefon, han tager alle pengene", Category.SexualExploitation)]
    [TestCase("Вечером он приведёт мужчин, и я должна их развлекать", Category.SexualExploitation)]
    [TestCase("a agência me colocou num apartamento e tenho que atender homens", Category.SexualExploitation)]
    [TestCase("they drop us at the mall to take perfume from the shops", Category.ForcedCriminality)]
    [TestCase("han fik mig til at oprette en bankkonto og har kortet", Category.ForcedCriminality)]
    [TestCase("the kid says he can't go home until all the tickets are sold", Category.ForcedCriminality)]
    [TestCase("vi vasker linned hele dagen og lønnen går til huset og maden", Category.ForcedLabour)]
    public void Recognises_v21s_forms_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    [TestCase("I'm a GP and a patient of mine says her employer keeps her passport", CallerRole.Professional)]
    [TestCase("Probation officer here, a client says he was brought over owing money and had to tend plants", CallerRole.Professional)]
    [TestCase("Vi er et advokatkontor og repræsenterer to rengøringsassistenter uden løn", CallerRole.Professional)]
    [TestCase("Soy voluntaria de una parroquia en Odense, un chico dice que el patrón tiene su pasaporte", CallerRole.Professional)]
    [TestCase("Jeg er elektriker og var ude hos en kunde, der boede en ung fyr på loftet som ikke måtte gå ud", CallerRole.ThirdParty)]
    [TestCase("im an uber driver, a girl in my car whispered that they have her passport", CallerRole.ThirdParty)]
    [TestCase("Transplant coordinator at the hospital here, a donor says his debt would be cancelled", CallerRole.Professional)]
    public void Recognises_professionals_and_witnesses_by_their_trade(string text, string callerRole)
    {
        Assert.That(ReadByTheLexicons(text).CallerRole, Is.EqualTo(callerRole));
    }

    [TestCase("a 14yo at our club says older boys make him hold bags")]
    [TestCase("her cousin (16yo) cleans for a family for no pay")]
    public void Reads_an_age_in_sms_shorthand_as_a_minor(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Contain(Indicator.Minor));
    }

    // v22: workers put into a car abroad tonight, a boy fetched by some guys over a drug debt he must pay tonight.
    [TestCase("chefen siger vi skal i varevognen kl 2 i nat, han har vores pas og vi vil ikke")]
    [TestCase("they say we get in the van at midnight tonight to Sweden and the boss keeps our passports")]
    [TestCase("min lillebror på 15 blev hentet af to fyre i eftermiddags, han skylder dem for stoffer og skal betale i aften")]
    [TestCase("my son (14) was taken by some older guys after school, he owes them for weed and must pay tonight")]
    public void Treats_a_transfer_abroad_tonight_or_a_child_taken_over_a_debt_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // v22's immediates that only the model had found: a man checking in with a young girl, a door just smashed, "please
    // tell police", someone knocking on a van's window and signing for help, a Romanian "please send someone".
    [TestCase("en mand har lige checket ind med en pige på max 13, de er på værelse 12 nu")]
    [TestCase("han har lige smadret døren og taget mit pas, jeg sidder på toilettet")]
    [TestCase("please tell police, the man has the key and I cannot leave")]
    [TestCase("en af dem bankede på ruden og lavede tegn om hjælp")]
    [TestCase("vă rog trimiteți pe cineva, el a adus doi bărbați la ea")]
    public void Reads_v22s_danger_now_without_the_model(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // Being fetched every evening is ongoing exploitation, not a danger now; "quick question" is no urgent tone, and
    // "nobody's threatening me" rules coercion out.
    [TestCase("min søn på 15 bliver hentet af nogle ældre fyre hver aften og kommer hjem med kontanter")]
    [TestCase("quick question, my boss paid my salary two weeks late, nobody's threatening me, what are my rights?")]
    public void Does_not_read_a_habit_or_a_quick_pay_question_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }

    [TestCase("tekst kun, han hører alt hvad jeg siger i telefonen")]
    [TestCase("sms kun pls, min chef har mit pas")]
    [TestCase("Sólo puedo escribir cuando duermen, la señora tiene mi pasaporte")]
    [TestCase("the owner listens when we talk on the phone, she keeps our passports. text message is fine")]
    public void Reads_text_only_said_after_the_word_or_as_a_time_to_write(string text)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(ContactSafety.TextOnly));
    }

    // v22's forms said without naming them: being nice to the men he brings, a sugar dating site, being lent out to his
    // friends, going up to a hotel room with men; begging for someone, purses taken from bags, a rented MitID and
    // accounts opened for a man, "extra bags" to deliver.
    [TestCase("he says I must be nice to the men he brings home on fridays", Category.SexualExploitation)]
    [TestCase("a guy drops her off at the hotel and waits outside, she met him on a sugar dating site", Category.SexualExploitation)]
    [TestCase("hun siger han låner hende ud til sine venner i weekenden", Category.SexualExploitation)]
    [TestCase("jeg skal med to fyre op på et hotelværelse i aften, han tager pengene", Category.SexualExploitation)]
    [TestCase("the kids ask strangers for coins all day and a woman takes everything in the evening", Category.ForcedCriminality)]
    [TestCase("to drenge tager pungen op af taskerne i køen og en mand venter udenfor", Category.ForcedCriminality)]
    [TestCase("jeg har lejet min mitid ud til en fyr og nu skal jeg åbne konti for ham", Category.ForcedCriminality)]
    [TestCase("he makes the boys deliver extra bags from his car", Category.ForcedCriminality)]
    public void Recognises_v22s_forms_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // A community volunteer, a hotel hiring and a police school write as professionals; someone asking how to
    // volunteer is not one, nor someone who only says where they call from.
    [TestCase("I volunteer with a Filipino community association and one of our members has no salary", CallerRole.Professional)]
    [TestCase("we run a small hotel and want to hire seasonal workers legally", CallerRole.Professional)]
    [TestCase("ja hej det er fra politiskolen, vi planlægger et kursus", CallerRole.Professional)]
    [TestCase("how do i volunteer with you? call me whenever you like", CallerRole.Unknown)]
    [TestCase("one kid told me he can't quit because he owes the man money", CallerRole.ThirdParty)]
    [TestCase("ich rufe aus hamburg an, die tochter meiner nachbarin arbeitet nachts in einem club und muss mit den gästen nach oben gehen", CallerRole.ThirdParty)]
    public void Recognises_v22s_professionals_and_witnesses(string text, string callerRole)
    {
        Assert.That(ReadByTheLexicons(text).CallerRole, Is.EqualTo(callerRole));
    }

    // v23's missed immediates: a ship that sails tomorrow morning with the crew held on board, someone to be taken to
    // another city this evening (Turkish), a woman to be brought back tonight (French).
    [TestCase("kaptajnen har deres papirer og de må ikke gå i land, skibet sejler i morgen tidlig")]
    [TestCase("abimi bu akşam başka bir yere götürecekler, patron pasaportunu aldı")]
    [TestCase("elle doit coucher avec des hommes pour payer sa dette et ils la ramènent ce soir")]
    public void Reads_v23s_departures_tonight_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // v23's false alarms: a buyer's past account ("a man was waiting outside"), a woman who got away last week, a
    // daughter who is home again now.
    [TestCase("I paid for a girl at an apartment last month, she looked 15 and a man was standing outside the whole time")]
    [TestCase("jeg slap væk for to uger siden og bor nu hos min søster, han tvang mig til at sælge mig selv, jeg tør ikke anmelde ham")]
    [TestCase("min datter på 15 skylder en fyr penge og skal 'være sød' ved hans venner, hun er hjemme igen nu men jeg er bange")]
    public void Does_not_read_a_past_account_or_someone_home_again_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }

    // Someone else's old phone restricts contact; the writer's own new number after losing the old one does not.
    [TestCase("I lost my old phone so this is my new number, please answer me", ContactSafety.Any)]
    [TestCase("dont text back, this is an old phone of his", ContactSafety.NoContact)]
    [TestCase("I'm writing from my boss's old phone, he has my passport", ContactSafety.NoContact)]
    public void Reads_an_old_phone_as_restricted_only_when_it_is_someone_elses(string text, string contactSafety)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    // v23's forms said without naming them: "easy money" for fetching packages, a job found on Snapchat or TikTok
    // that means picking things up; cooking and cleaning for a household, a Somali sister working in a family's home.
    [TestCase("min fætter på 16 fik et job over snap hvor han skal hente noget i odense for nogle fyre", Category.ForcedCriminality)]
    [TestCase("they offered him easy money to pick up packages and now they say he owes them", Category.ForcedCriminality)]
    [TestCase("jeg laver mad og gør rent fra morgen til aften og svigerfar har mit pas", Category.DomesticServitude)]
    [TestCase("walaashay waxay ka shaqeysaa guri qoys, baasaboorkeedana way haystaan", Category.DomesticServitude)]
    public void Recognises_v23s_forms_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v24's missed immediates, as general ideas: someone fetched within minutes, told to get into the car now, a child
    // whose phone has gone dead after being taken away, someone hiding, someone asking us to send someone while held.
    [TestCase("the men who arrange her dates are coming for her in 15 minutes, she is hiding at my place")]
    [TestCase("chefen står udenfor og siger vi skal ind i varevognen nu, han har vores pas")]
    [TestCase("Sie holen mich in 10 Minuten ab und ich weiß nicht wohin")]
    [TestCase("przyjadą po nią za 20 minut, ona płacze i nie może wyjść")]
    [TestCase("min lillesøster på 15 er kørt med nogle fyre fra snap og nu er hendes telefon slukket")]
    [TestCase("my cousin locked herself in the bathroom, the man who brought her here is banging on the door")]
    [TestCase("I'm hiding at the bus stop, they took all our passports")]
    [TestCase("kan I sende nogen? han har gemt mine sko og min jakke så jeg ikke kan gå herfra")]
    public void Reads_v24s_danger_now_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // v24's forms said without naming them: a profile on a site and someone who decides whom she meets, earning "with his
    // friends", sleeping with the host as rent; caring for an elderly relative without pay or papers; accounts and
    // companies in one's name, forwarding money; work until dark with the phones collected.
    [TestCase("he made a profile of me on a website and decides who I meet", Category.SexualExploitation)]
    [TestCase("han har oprettet en profil til mig på en app og bestemmer hvem jeg skal mødes med", Category.SexualExploitation)]
    [TestCase("muszę zarabiać z jego kolegami, żeby oddać za mieszkanie", Category.SexualExploitation)]
    [TestCase("господар каже, що за кімнату я маю спати з ним", Category.SexualExploitation)]
    [TestCase("el dueño del piso dice que tengo que acostarme con él para quedarme", Category.SexualExploitation)]
    [TestCase("สามีให้ฉันนอนกับเพื่อนของเขาทุกคืน", Category.SexualExploitation)]
    [TestCase("my aunt cares for their demented grandmother day and night and they keep her passport", Category.DomesticServitude)]
    [TestCase("inaalagaan niya ang lola nila pero walang sweldo at hawak nila ang passport niya", Category.DomesticServitude)]
    [TestCase("a man I met online wants me to open accounts in my name and receive and forward payments", Category.ForcedCriminality)]
    [TestCase("ele obriga o meu irmão a abrir contas em nome dele", Category.ForcedCriminality)]
    [TestCase("de vil have mig til at starte et firma i mit navn, ellers sker der noget", Category.ForcedCriminality)]
    [TestCase("de arbejder fra solopgang til det bliver mørkt og formanden samler telefonerne ind", Category.ForcedLabour)]
    [TestCase("kuzenim bir berberde çalışıyor, patron pasaportunu aldı ve dükkanın arkasında yatıyor", Category.ForcedLabour)]
    public void Recognises_v24s_forms_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // Everyday words next to v24's cues: a scam text about a parcel, a tradesman's customer, a journey "in 20 minutes".
    [TestCase("jeg har fået en sms om en pakke der sidder fast i tolden, er det svindel?", Category.None)]
    [TestCase("jeg skal ud til en kunde i Vejle i morgen med en ny køkkenvask, hvornår har I åbent?", Category.None)]
    [TestCase("my sister picks me up in 20 minutes, what are your opening hours?", Category.None)]
    [TestCase("min søster henter mig om 20 minutter, hvornår har I åbent?", Category.None)]
    public void Does_not_read_v24s_everyday_neighbours_as_exploitation(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v24's plain false alarm: a "photo shoot" the writer owes for is no shooting.
    [TestCase("I answered an ad for a modelling job, now they say I owe 20k for the photo shoot and I do shows every night")]
    public void Does_not_read_a_photo_shoot_as_violence(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Not.Contain(Indicator.Violence));
    }

    // v25's forced crime said without naming the crime: a child paid to fetch, carry or hide things, recruited for a
    // group, owing for a lost package, sent abroad with a bag, beaten for not selling enough.
    [TestCase("en fyr fra et spil betaler min bror for at hente poser og bringe dem rundt")]
    [TestCase("nu skal hun hente pakker bag stationen hver dag efter skole")]
    [TestCase("han rekrutteres på Snapchat til at opbevare ting for en gruppering")]
    [TestCase("they pay kids to stash things for them in their school lockers")]
    [TestCase("the older boys beat him because he hasn't sold enough")]
    [TestCase("sie muss für ältere Jungs Päckchen abholen und weiß nicht, was drin ist")]
    [TestCase("de betalar honom för att hämta paket vid stationen")]
    [TestCase("он потерял посылку и теперь должен им деньги")]
    [TestCase("oğlumu paket taşıtıyorlar, birini kaybetti ve şimdi borçlu")]
    [TestCase("los mayores le pagan por llevar paquetes y esconder cosas")]
    public void Recognises_v25s_forced_crime_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // v25's sexual exploitation said without naming it: made to see men, a "boyfriend" who says she must work at a party,
    // being nice to his friends to pay back (the debt before or after), promised away to a friend.
    [TestCase("il me force à voir des hommes le week-end")]
    [TestCase("hendes kæreste siger hun skal arbejde til en fest i weekenden")]
    [TestCase("my niece says she has to be nice to his friends to pay off what she owes")]
    [TestCase("he promised her to a friend of his for the weekend")]
    [TestCase("i owe him 5000 and to pay it back he says i have to be nice to his friends at the parties")]
    [TestCase("jeg skylder ham penge, så nu skal jeg være sammen med hans venner i weekenden")]
    public void Recognises_v25s_sexual_exploitation_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // Everyday words next to v25's cues: Danish "før men" folds to English "for men"; fetching a parcel, carrying a bag
    // on a trip or working for a hotel group is no crime.
    [TestCase("jeg har skrevet til jer før men fik aldrig svar, hvornår har I åbent?")]
    [TestCase("where can I pick up a parcel at the station?")]
    [TestCase("vi kører til Sverige med en taske og to børn i morgen, hvornår har I åbent?")]
    [TestCase("I work for a hotel group in Aarhus and want training on trafficking signs")]
    [TestCase("i paid the rent and now we hang out with his friends on saturdays")]
    public void Does_not_read_v25s_everyday_neighbours_as_a_form(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Has.None.AnyOf(Indicator.SexualServices, Indicator.ForcedCrime));
    }

    // v25's restrictions and pay questions: "så skriv bare" asks for text only; a Polish worker owed a week's pay who says
    // all else is fine asks a labour-law question.
    [Test]
    public void Reads_so_just_write_as_text_only()
    {
        Assert.That(ReadByTheLexicons("min mor må ikke vide noget om det, så skriv bare").ContactSafety, Is.EqualTo(ContactSafety.TextOnly));
    }

    [TestCase("szef nie zapłacił mi za dwa tygodnie, ale poza tym wszystko w porządku, gdzie to zgłosić?")]
    public void Reads_an_unpaid_week_with_all_else_fine_as_no_trafficking(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.None));
    }

    // v26's forced labour told as work without naming coercion: pay kept through the worker's bank card or an account
    // they never see, a share of each wage paid back in cash, rent for a mattress, the family who will pay, a report to
    // the tax authority for undeclared work, passports lying with the boss.
    [TestCase("the agent keeps our bank cards and the salary goes to an account we never see, we get cash for food")]
    [TestCase("vi skal betale 2.000 kr tilbage i kontanter af hver løn til formanden")]
    [TestCase("er zahlt uns 300 Euro und unsere Pässe liegen beim Chef im Büro")]
    [TestCase("płacimy mu 2000 koron za materac w kontenerze na budowie i od maja nie było wypłaty")]
    [TestCase("dice que si hablamos con alguien nos denuncia a hacienda por trabajar en negro y nuestras familias van a pagar")]
    [TestCase("o patrão ficou com o meu cartão e só me dá dinheiro para comida, trabalho nas obras")]
    [TestCase("мы работаем на стройке, бригадир держит наши банковские карты и платит сколько хочет")]
    public void Recognises_v26s_forced_labour_told_as_work(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedLabour));
    }

    // v26's forced crime said without naming it: a child paid to stand lookout, loans and phone contracts taken out in
    // someone's name, a debt paid off by delivering.
    [TestCase("min lillebror på 13 får penge for at stå vagt ved en opgang for nogle ældre drenge")]
    [TestCase("they pay my son to keep watch for them outside the flats every evening")]
    [TestCase("de tvinger ham til at skrive under på lån og telefonabonnementer i hans navn")]
    [TestCase("zmuszają go do brania kredytów i telefonów na moje nazwisko")]
    [TestCase("he says i can pay it off by delivering bags for them after school")]
    public void Recognises_v26s_forced_crime_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // v26's sexual exploitation said without naming it: a girl who sees older men, a new woman every week and men at the
    // door in the evening, attending to his friends, extras for regulars, a customer who wants "more", more men coming.
    [TestCase("min datter på 16 ser ældre mænd hver weekend og har fået ny telefon")]
    [TestCase("there is a new girl every week in the flat upstairs and men ringing the bell all evening")]
    [TestCase("he says tonight i have to attend to his friends at the hotel")]
    [TestCase("la dueña dice que tengo que hacer extras para los clientes fijos")]
    [TestCase("hvis kunden vil have mere, skal vi sige ja")]
    [TestCase("klient chce więcej, a szef mówi że muszę się zgodzić")]
    [TestCase("three more men are coming tonight and he took my passport")]
    public void Recognises_v26s_sexual_exploitation_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // v26's organ removal: a debt to be settled by "a small operation" abroad.
    [TestCase("he lent me money for the hospital and now says i pay back with a small operation abroad")]
    [TestCase("han skylder dem penge, og nu siger de at gælden kan klares med en operation i udlandet")]
    [TestCase("долг можно закрыть операцией за границей, говорит он")]
    public void Recognises_a_debt_settled_by_an_operation_as_organ_removal(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.OrganRemoval));
    }

    // v26's domestic servitude: twins looked after at night, her passport in someone else's drawer or bag.
    [TestCase("hun passer familiens tvillinger om natten, og hendes pas ligger i fruens skuffe")]
    [TestCase("she isnt allowed to eat with the family, sleeps in the kids room and her passport is in the mothers handbag")]
    public void Recognises_v26s_domestic_servitude(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.DomesticServitude));
    }

    // Everyday neighbours of v26's cues: one's own passport in one's own bag, a contract and passport with an overtime
    // claim, undeclared work someone is happy with, a food order, walking past quickly, a horse stable, a phone put away.
    [TestCase("my passport is in my bag, can I travel to Sweden with it?")]
    [TestCase("mit pas ligger i min taske, hvornår har I åbent?")]
    [TestCase("I have my contract and my passport, nothing dramatic, my boss just hasn't paid overtime for December")]
    [TestCase("han arbejder sort med rengøring og er glad for det, får 190 i timen")]
    [TestCase("Is this the Thai takeaway? Want 3 pad thai for pickup at 19")]
    [TestCase("jeg så en mand gå hurtigt forbi butikken, hvornår har I åbent?")]
    [TestCase("the horse stable near us needs volunteers on sundays, who do I ask?")]
    [TestCase("min telefon låser jeg inde i skabet om natten, hvornår har I åbent?")]
    public void Does_not_read_v26s_everyday_neighbours_as_exploitation(string text)
    {
        var triage = ReadByTheLexicons(text);
        Assert.That(triage.Category, Is.EqualTo(Category.None));
        Assert.That(triage.Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }

    // v26's danger now said indirectly: HELP written on a receipt, being driven somewhere right now, asking to be fetched
    // without them noticing.
    [TestCase("hun skrev HJÆLP på en kvittering og gav den til kassedamen, bilen holder stadig udenfor")]
    [TestCase("we are being driven now towards the border, they took our phones, help")]
    [TestCase("kan I hente mig uden de opdager det? jeg er på Vesterbro")]
    public void Reads_v26s_indirect_danger_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // v27's sexual exploitation said without naming it: men coming every hour or all day, money taken from other men,
    // being made to be with his friends or boss for money.
    [TestCase("my cousin lives in a flat in Aarhus and men come every hour, she never goes out")]
    [TestCase("der kommer mænd hver time i lejligheden ved siden af, og pigen der bor der er meget ung")]
    [TestCase("Männer kommen jede Stunde in die Wohnung und sie darf nicht raus")]
    [TestCase("vin bărbați la ea toată ziua și el ia banii")]
    [TestCase("kocam beni para karşılığı patronuyla birlikte olmaya zorluyor")]
    [TestCase("przychodzą mężczyźni co godzinę, a on zabiera pieniądze")]
    [TestCase("her husband takes money from other men to let them see her")]
    [TestCase("hendes kæreste tager penge fra andre mænd")]
    public void Recognises_v27s_sexual_exploitation_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // v27's organ removal without the organ's name: giving a little of oneself, living fine with one, sharing one's
    // health for a debt, a paid donor who is not family (an organ still needs pressure on someone: papers, a debt).
    [TestCase("they say i can pay the debt if i give a little of myself at a clinic in Cairo")]
    [TestCase("han siger man kan sagtens leve med én, og så er gælden væk")]
    [TestCase("мне сказали поделиться здоровьем за границей, и долг простят")]
    [TestCase("dicen que se vive bien con uno solo y que la deuda desaparece")]
    [TestCase("the donor is not related to him, he gets paid and they took his passport")]
    public void Recognises_v27s_organ_removal_without_naming_the_organ(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.OrganRemoval));
    }

    // v27's forced crime said without naming it: begging all day while a man takes the cup, packages carried for older
    // boys, things taken in shops (Russian in Latin letters), small packages sold.
    [TestCase("they make him sit outside the station and beg all day, a man takes the cup every evening")]
    [TestCase("min søn bærer pakker for nogle ældre fyre efter skole")]
    [TestCase("menya zastavlyayut brat veshi v magazine, on vse zabiraet")]
    [TestCase("مجبورم میکنن بسته‌ها رو بفروشم")]
    public void Recognises_v27s_forced_crime_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // An English barn is no Scandinavian child ("barn"): v27's police report of workers in a locked barn was read as
    // Swedish with a minor in it. A Danish child is still one.
    [Test]
    public void Reads_workers_in_a_locked_barn_as_forced_labour_without_a_child()
    {
        var triage = ReadByTheLexicons("the farm workers are kept in a locked barn at night");

        Assert.Multiple(() =>
        {
            Assert.That(triage.Category, Is.EqualTo(Category.ForcedLabour));
            Assert.That(triage.Indicators, Does.Not.Contain(Indicator.Minor));
            Assert.That(triage.Language, Is.EqualTo("en"));
        });
    }

    [TestCase("der står et barn på måske 10 alene ude på altanen")]
    [TestCase("mitt barn är hos dem och de svarar inte")]
    public void Still_reads_a_Scandinavian_child_as_a_minor(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Contain(Indicator.Minor));
    }

    // Everyday neighbours of v27's cues: two of something at home, living with a low wage, a bus every hour.
    [TestCase("I have two of them at home, can I bring my kids to the meeting?")]
    [TestCase("min mand kan godt leve med en lav løn, hvornår har I åbent?")]
    [TestCase("the bus comes every hour, where is your office?")]
    public void Does_not_read_v27s_everyday_neighbours_as_exploitation(string text)
    {
        var triage = ReadByTheLexicons(text);
        Assert.That(triage.Category, Is.EqualTo(Category.None));
        Assert.That(triage.Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }

    // A cry for help while men are brought to the writer now is as acute as one while held or threatened (v26's s26-034,
    // s26-075 and s26-140 and v27's s27-103 were immediate only by the model).
    [TestCase("help me please, tonight he brings men to the flat again and I have to see them")]
    [TestCase("hjælp mig, i aften kommer der mænd hver time og jeg skal tage imod dem")]
    public void Reads_a_cry_for_help_while_made_to_see_men_now_as_immediate(string text)
    {
        var triage = ReadByTheLexicons(text);
        Assert.Multiple(() =>
        {
            Assert.That(triage.Category, Is.EqualTo(Category.SexualExploitation));
            Assert.That(triage.Urgency, Is.EqualTo(Urgency.Immediate));
        });
    }

    // v28's forced crime said without naming it: begging with a cup or for coins, plants watered or guarded in a flat,
    // a package fetched for those one owes, "stuff" sold for the man who brought one (Persian).
    [TestCase("hver dag sidder min nevø med en kop foran banegården og en mand henter pengene")]
    [TestCase("she has to sit and ask for coins outside the mall until late")]
    [TestCase("trebuie să cerem bani la gară și seara el ia tot")]
    [TestCase("мой брат должен сторожить растения в квартире")]
    [TestCase("they keep two boys in a house full of plants")]
    [TestCase("hun skal med til Vejle og hente en pakke for dem")]
    [TestCase("باید براشون جنس بفروشم")]
    public void Recognises_v28s_forced_crime_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // v28's sexual exploitation said without naming it: a boyfriend who decides how many men, men who pay to hang out,
    // no right to refuse customers.
    [TestCase("her boyfriend decides how many men she sees every weekend")]
    [TestCase("kæresten bestemmer hvor mange mænd hun skal se")]
    [TestCase("men pay to hang out with my cousin in his flat")]
    [TestCase("hun må ikke sige nej til kunderne på klinikken")]
    [TestCase("no puede rechazar a ningún cliente en ese piso")]
    [TestCase("el decide cuántos hombres ve cada noche")]
    public void Recognises_v28s_sexual_exploitation_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // v28's forced labour: paid in food, sleeping in cars or containers, the boss who keeps everyone's papers.
    [TestCase("the farmer pays them in food and they sleep in their cars")]
    [TestCase("han arbejder for mad hos en landmand")]
    [TestCase("on pracuje za jedzenie na budowie")]
    [TestCase("o patrão fica com os documentos de todos")]
    [TestCase("die Männer müssen in Containern schlafen, direkt an der Baustelle")]
    public void Recognises_v28s_forced_labour(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedLabour));
    }

    // v28's organ removal without the organ's name: "the one", "something from inside", a clinic abroad for a debt.
    [TestCase("they will cancel my debt if I go to a clinic abroad for a small operation")]
    [TestCase("de vil tage det ene, så er gælden betalt")]
    [TestCase("mi-au zis că datoria dispare dacă dau ceva din interior")]
    public void Recognises_v28s_organ_removal_without_naming_the_organ(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.OrganRemoval));
    }

    // Danger now said as where they are (v28's s28-061: "they are downstairs") or as a destination nobody knows (v14's
    // s14-083, Thai).
    [TestCase("они внизу, я закрылась, пишите")]
    [TestCase("oni są na dole, nie dzwońcie")]
    [TestCase("พวกเขาพาเราไปไหนไม่รู้")]
    public void Reads_v28s_danger_said_as_where_they_are_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.EqualTo(Urgency.Immediate));
    }

    // Professionals who name only their team or service (v28: a street team, health visitors, a youth worker).
    [TestCase("Fra gadeholdet: vi har mødt en ung mand der sover i en bil og arbejder for mad")]
    [TestCase("Sundhedsplejen her, vi har en mor der fortæller at chefen har hendes pas")]
    [TestCase("youth worker from the municipality here, a boy of 15 says he must sell for older guys")]
    public void Reads_v28s_teams_and_services_as_professionals(string text)
    {
        Assert.That(ReadByTheLexicons(text).CallerRole, Is.EqualTo(CallerRole.Professional));
    }

    // v29's sexual exploitation said without naming it: a madam to be paid off, being made to go or be with men or a
    // boyfriend's friends who pay him, being sold from man to man, a massage "with extras".
    [TestCase("she still has to pay off her madam before she may stop")]
    [TestCase("Hun skal betale madammen 40.000 før hun må stoppe")]
    [TestCase("My boyfriend says I must go with his friends on Saturday, they pay him.")]
    [TestCase("Min kæreste siger at hans venner betaler ham når jeg sover hos dem")]
    [TestCase("Kazał mi, że muszę być z jego kolegami dzisiaj w nocy.")]
    [TestCase("Dice que tengo que estar con hombres para pagar el viaje")]
    [TestCase("казва, че трябва да съм с мъже всяка нощ")]
    [TestCase("Jeg blev solgt fra mand til mand i tre år.")]
    [TestCase("Is it legal to pay for a massage with extras?")]
    [TestCase("every night men come to the flat and he takes the money")]
    [TestCase("El a plecat să aducă un client, mă ține aici")]
    [TestCase("Esta noche vienen más hombres al piso")]
    [TestCase("Hun blev sendt til lejligheder med kunder i Odense")]
    public void Recognises_v29s_sexual_exploitation_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // v29's forced crime: money counted in the begging cup, sitting at a supermarket for someone, being made to carry
    // packages, going to the shops to steal, a straw director.
    [TestCase("My cousin says he has to sit outside the supermarket for a family every day and if there is not 300 in the cup he gets no dinner.")]
    [TestCase("Min nevø skal sidde foran Rema for en mand og aflevere det der er i koppen hver aften.")]
    [TestCase("Mój brat mówi, że zmuszają go wozić paczki po mieście i nie płacą mu nic.")]
    [TestCase("мене змушують розвозити посилки по місту")]
    [TestCase("he says we must go to the shops and steal again")]
    [TestCase("They registered me as director of two companies I have never seen and the man keeps my bank card.")]
    [TestCase("Vi har fundet to mænd der er registreret som direktører i firmaer de aldrig har hørt om.")]
    public void Recognises_v29s_forced_crime_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // v29's organ removal said indirectly: "one of the two", something given to a sick man, a small operation for a debt.
    [TestCase("they want me to give one of my two and say then the debt is gone. i am afraid")]
    [TestCase("de siger jeg skal give den ene af mine to til en syg mand i Tyrkiet, så er gælden betalt")]
    [TestCase("Dicen que tengo que dar una de las dos y así pago la deuda. Tengo miedo.")]
    [TestCase("trebuie să dau unul din cei doi ca să scap de datorie")]
    [TestCase("they offer 10000 euro for a small surgery abroad, my brother has big debts to them")]
    public void Recognises_v29s_organ_removal_said_indirectly(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.OrganRemoval));
    }

    // Writing from the bathroom or toilet is hiding: answer by text (v29's s29-048, s29-096, s29-147).
    [TestCase("im in the toilet, he is in the next room")]
    [TestCase("jeg er på toilettet, han sidder i stuen")]
    [TestCase("Estoy en el baño, él está afuera.")]
    [TestCase("Jestem w łazience, on jest za drzwiami.")]
    [TestCase("i cannot talk now, please text")]
    public void Reads_writing_from_the_bathroom_as_text_only(string text)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(ContactSafety.TextOnly));
    }

    // Reported, not present danger (v29's false alarms): a worker who sleeps at the writer's home now, a customer who asks
    // where a woman can get help.
    [TestCase("Naboens au pair bankede på i nat, manden havde slået hende. Hun sover hos os nu.")]
    [TestCase("The woman in the flat told me she cannot leave. Where can she get help?")]
    public void Does_not_read_v29s_reported_danger_as_immediate(string text)
    {
        Assert.That(ReadByTheLexicons(text).Urgency, Is.Not.EqualTo(Urgency.Immediate));
    }

    // Professionals who name their practice or post (v29: a GP practice, a church's volunteers, a teacher, a parish council).
    [TestCase("hi, calling from a GP practice, we had a young woman in today who says her boss keeps her passport")]
    [TestCase("a volunteer from our mosque says a woman who comes for food has bruises and no passport")]
    [TestCase("Ich bin Lehrerin und eine Schülerin erzählt, dass ihre Mutter ohne Lohn putzen muss")]
    [TestCase("Menighedsrådet her: en ung mand fra kirken siger chefen har hans pas")]
    public void Reads_v29s_practices_and_posts_as_professionals(string text)
    {
        Assert.That(ReadByTheLexicons(text).CallerRole, Is.EqualTo(CallerRole.Professional));
    }

    // v29's forced labour: "wash cars" in an English phrase inside Danish, hours from morning till night at a car wash.
    [TestCase("jeg skal wash cars til gælden er betalt siger han, sover i containeren")]
    [TestCase("they work at the car wash from seven in the morning till ten at night, no gloves")]
    public void Recognises_v29s_forced_labour(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedLabour));
    }

    // Selling sex by one's own account, with nothing that coerces, is a question (s29-071's idea, in other words); the
    // same denial beside money kept or papers taken, or from a minor, is still exploitation.
    [TestCase("I work as an escort by my own choice, nobody forces me. Do I have to pay tax here?", Category.None)]
    [TestCase("Jeg arbejder frivilligt som escort, ingen tvinger mig. Skal jeg betale skat?", Category.None)]
    [TestCase("Nobody forces me to do escort, but my boyfriend keeps all the money and has my passport", Category.SexualExploitation)]
    [TestCase("I am 16 and do escort, nobody forces me, is that ok?", Category.SexualExploitation)]
    public void Sex_work_by_choice_is_a_question_unless_something_coerces(string text, string category)
    {
        Assert.That(Classify(text).Category, Is.EqualTo(category));
    }

    // A question about a scam call or text: the "debt" to pay today and the threat of deportation are the fraudster's,
    // so it is a question, not a case.
    [TestCase("Someone called pretending to be from SKAT, they said I owe 4,000 kr that must be paid today. Is this a scam?")]
    [TestCase("Jeg fik et opkald fra en falsk betjent, der ville have min MitID-kode, ellers bliver jeg udvist. Var det svindel?")]
    [TestCase("May nagpapanggap na taga-pulis na tumawag, may utang daw ako na babayaran ngayon. Totoo po ba yun?")]
    [TestCase("Dostałem sms, że mam dług i muszę dziś zapłacić przez link. Czy to oszustwo?")]
    public void A_question_about_a_scam_is_not_a_case(string text)
    {
        var result = Classify(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Low));
            Assert.That(result.Indicators, Does.Contain(Indicator.ScamCheck));
        });
    }

    [Test]
    public void The_police_named_in_a_scam_question_are_impersonated_not_the_writer()
    {
        var result = Classify("Hello, a 'police' number called me asking for my MitID code or I will be deported. I hung up. Was that real?");
        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.CallerRole, Is.EqualTo(CallerRole.Self));
        });
    }

    // A boss who holds the passport, a locked flat or a child keep the case, whatever the writer calls it.
    [TestCase("My boss says I owe him 5,000 euro for the trip and he keeps my passport. Is that real?")]
    [TestCase("The job was a scam, they locked us in a flat and we must call old people for money")]
    [TestCase("I am 15 and a man online says I owe him for the phone and must meet his friends, is this a scam?")]
    public void A_scam_that_coerces_or_involves_a_child_stays_a_case(string text)
    {
        Assert.That(Classify(text).Category, Is.Not.EqualTo(Category.None));
    }

    // Albanian (sq) and Tigrinya (ti, Ge'ez script) have their own small lexicons: papers and pay, a locked room and a
    // beating now, a household that keeps a girl in with "don't call, only a message", and an ordinary question. Albanian
    // as written without ë/ç is folded to the same words.
    [TestCase("Punoj në një restorant. Shefi ma mban pasaportën dhe nuk më paguan prej dy muajsh.", "sq", Category.ForcedLabour, Urgency.High, ContactSafety.Any)]
    [TestCase("Me ndihmoni! Jam e mbyllur ne dhome dhe ai me rrahu sonte.", "sq", Category.Unclear, Urgency.Immediate, ContactSafety.Any)]
    [TestCase("Vajza ime 16 vjeçe punon për një familje dhe nuk del kurrë nga shtëpia. Mos më telefononi, vetëm mesazh.", "sq", Category.DomesticServitude, Urgency.Normal, ContactSafety.TextOnly)]
    [TestCase("Përshëndetje, a mund të më thoni orarin e zyrës suaj? Faleminderit.", "sq", Category.None, Urgency.Low, ContactSafety.Any)]
    [TestCase("ኣብ ቤት ብልዒ እሰርሕ ኣለኹ። ሓላፊ ወረቐተይ ሒዙ ሰለስተ ወርሒ ደሞዝ ኣይሃበንን።", "ti", Category.ForcedLabour, Urgency.High, ContactSafety.Any)]
    [TestCase("ሓግዙኒ። ሕጂ ኣብ ገዛ ዓጺዮምኒ ኣለዉ፣ ወቒዖምኒ። ፈሪሐ ኣለኹ።", "ti", Category.Unclear, Urgency.Immediate, ContactSafety.Any)]
    [TestCase("ሓብተይ ኣብ ገዛ ሰብ ትሰርሕ፣ ካብ ገዛ ክትወጽእ ኣይፍቀደላን። ኣይትደውሉለይ፣ መልእኽቲ ጥራይ።", "ti", Category.DomesticServitude, Urgency.Normal, ContactSafety.TextOnly)]
    [TestCase("ሰላም፡ ቤት ጽሕፈትኩም ሰዓት ክንደይ ይኽፈት? የቐንየልና።", "ti", Category.None, Urgency.Low, ContactSafety.Any)]
    public void Reads_albanian_and_tigrinya_with_their_own_lexicons(string text, string language, string category, string urgency, string contactSafety)
    {
        var result = Classify(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.Category, Is.EqualTo(category));
            Assert.That(result.Urgency, Is.EqualTo(urgency));
            Assert.That(result.ContactSafety, Is.EqualTo(contactSafety));
        });
    }

    // v30's sexual exploitation said without its words: photos of her put on a site, someone who decides her clients or
    // books her, men who come all night, being taken to the men or to new "acquaintances", men coming tonight.
    [TestCase("he uploads her pictures on a website and she has to go to flats every night")]
    [TestCase("The guy who books her takes the money.")]
    [TestCase("Han har lagt billeder af hende på nettet, og fyrene kommer hele natten")]
    [TestCase("Er stellt Fotos von mir ins Internet und bestimmt meine Kunden.")]
    [TestCase("On wrzuca moje zdjęcia do internetu i wybiera mi klientów")]
    [TestCase("Él sube mis fotos a una página y elige a mis clientes")]
    [TestCase("Më detyron të takoj burra në hotel.")]
    [TestCase("May darating daw na mga lalaki sa apartment mamaya.")]
    [TestCase("Той ме кара при мъжете всяка вечер.")]
    [TestCase("Завтра меня отвезут к новым знакомым в Орхус.")]
    public void Recognises_v30s_sexual_exploitation_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // v30's drivers: living in the cab for months, paid only a per diem, the licence or passport with the dispatcher.
    [TestCase("Я водій, живу в кабіні третій місяць, паспорт у диспетчера.")]
    [TestCase("Mieszkam w kabinie od czterech miesięcy, dostaję tylko diety.")]
    [TestCase("Der Fahrer wohnt seit drei Monaten im LKW und bekommt nur Spesen.")]
    [TestCase("Chaufførerne bor i lastbilerne og får kun diæter.")]
    [TestCase("My licence is with the dispatcher and they pay only per diem.")]
    [TestCase("Dorm în cabină de două luni, primesc doar diurna.")]
    [TestCase("Gyvenu vilkike jau tris mėnesius, moka tik dienpinigius.")]
    public void Recognises_v30s_drivers_held_in_their_trucks_as_forced_labour(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedLabour));
    }

    // v30's forced crime: fuel siphoned from machines, bags carried across a border, parcels in Latin-letter Russian.
    [TestCase("He makes me siphon diesel from diggers at night because I owe him.")]
    [TestCase("Jeg skal tappe diesel fra maskinerne om natten for ham.")]
    [TestCase("Każą mi spuszczać paliwo z maszyn w nocy.")]
    [TestCase("Меня заставляют сливать солярку с техники.")]
    [TestCase("I have to carry bags to Germany on the bus every week")]
    [TestCase("menya zastavlyayut vozit sumki v Shvetsiyu")]
    public void Recognises_v30s_forced_crime_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // v30's organ removal said indirectly: a clinic abroad and a scar, with a debt.
    [TestCase("He came back from a clinic in Turkey with a scar on his side and they say his debt is paid.")]
    [TestCase("hun tog med til en klinik i Tyrkiet og kom hjem med et ar, nu er gælden væk")]
    public void Recognises_v30s_organ_removal_said_indirectly(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.OrganRemoval));
    }

    // v30's ways of saying how to answer: a phone he looks at, "don't call, they hear", "can't phone, SMS only", a shared
    // phone he checks.
    [TestCase("ele olha meu celular, não responde aqui", ContactSafety.NoContact)]
    [TestCase("Wag po kayong tumawag, naririnig nila ako", ContactSafety.TextOnly)]
    [TestCase("tho mai dai, sms tao nan", ContactSafety.TextOnly)]
    [TestCase("min telefon er delt og han tjekker den hver aften", ContactSafety.NoContact)]
    public void Reads_v30s_restrictions_on_how_to_answer(string text, string contactSafety)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    // Cue corrections from v30: Norwegian "nå" folds to "na" and read Tagalog as Norwegian and as now; common "ma'am" folds
    // to Polish "mam" (I have); Spanish "no queremos ir" no longer negates the passport that follows; a fee not yet paid and
    // "not trafficking probably" are questions; a scam text is no forced crime.
    [TestCase("Nasa bahay na po ako, okay na po ang lahat, salamat na rin po")]
    public void Does_not_read_tagalog_na_as_norwegian_now(string text)
    {
        var result = ReadByTheLexicons(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo("tl"));
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.HappeningNow));
        });
    }

    [TestCase("Mam dwa pytania o urlop")]
    public void Does_not_read_polish_mam_as_a_household(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Not.Contain(Indicator.HouseholdServitude));
    }

    [TestCase("no queremos ir y él tiene nuestros pasaportes")]
    public void Reads_papers_held_after_a_spanish_no_we_do_not_want(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Contain(Indicator.DocumentsTaken));
    }

    [TestCase("Et bureau vil have 2000 kr for at finde et job til mig. Jeg har ikke betalt endnu, er det normalt?")]
    [TestCase("Not trafficking probably, but my landlord wants rent in cash. Who can help?")]
    [TestCase("I got a scam text pretending to be from the tax office, what should I do?")]
    public void Reads_v30s_questions_as_none(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.None));
    }

    // v31's sexual exploitation told through a job: a cleaning or hotel job, then men brought in, flats every night, saying
    // yes to every client, being sent to "guests'" rooms or to men.
    [TestCase("Mówili, że to praca sprzątaczki, ale co wieczór muszą mówić tak każdemu klientowi.")]
    [TestCase("On dit que c'est un travail au bar mais chaque soir ils amènent des hommes chez nous.")]
    [TestCase("Sie sagte, sie arbeitet im Hotel, aber nachts muss sie Freier empfangen.")]
    [TestCase("Обещали работу в кафе, а возят по квартирам к мужчинам.")]
    [TestCase("Kız kardeşimi gece adamların odasına gönderiyorlar.")]
    [TestCase("Пращат я при различни мъже всяка вечер.")]
    [TestCase("She was told to say yes to all the men who come.")]
    [TestCase("De kører hende til forskellige adresser hver nat.")]
    public void Recognises_v31s_sexual_exploitation_told_through_a_job(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // v31's other forms: a lookout in Latin-letter Russian, plants in a cellar, blacked-out windows, pay into the boss's
    // account, an au pair in Thai.
    [TestCase("ya stoyu na shukhere poka oni vorujut", Category.ForcedCriminality)]
    [TestCase("Jis augina augalus rūsyje ir negali išeiti.", Category.ForcedCriminality)]
    [TestCase("The windows are blacked out and the boy never leaves.", Category.ForcedCriminality)]
    [TestCase("Atlyginimą perveda į šefo sąskaitą.", Category.ForcedLabour)]
    [TestCase("น้องเป็นออแพร์ ครอบครัวยึดพาสปอร์ต", Category.DomesticServitude)]
    public void Recognises_v31s_other_forms_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v31's danger and coercion cues: a woman who locks them in (Polish feminine), moved tonight (Latin-letter Russian,
    // Portuguese "buscar"), no job change before the debt is paid, part of one's body as an organ.
    [TestCase("Szefowa zamknęła mnie w magazynie.", Indicator.LockedIn)]
    [TestCase("segodnya vecherom nas povezut v Germaniyu", Indicator.MovedTonight)]
    [TestCase("Esta noite vem um carro buscar-nos, não sabemos para onde.", Indicator.MovedTonight)]
    [TestCase("He says I can't quit until the debt is paid.", Indicator.CannotLeave)]
    [TestCase("Jeg må ikke sige op før gælden er betalt.", Indicator.CannotLeave)]
    [TestCase("يريدون أن أترك قطعة من جسدي مقابل الدين", Indicator.Organ)]
    public void Reads_v31s_danger_and_coercion_cues(string text, string indicator)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Contain(indicator));
    }

    // v31's questions: leaflets for staff, a club's practice moved.
    [TestCase("Do you have posters in Polish for our staff room?")]
    [TestCase("Hi is this Jonas? Practice is cancelled today, coach is sick")]
    public void Reads_v31s_questions_as_none(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.None));
    }

    // Danish "seks" is six, not the Polish or Dutch "seks" (sex).
    [TestCase("Vi har fundet seks mænd i en container bag gartneriet, de bor der.")]
    public void Does_not_read_danish_six_as_sex(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Not.Contain(Indicator.SexualServices));
    }

    // v32's sexual exploitation told without a word for it: driven to "friends" at night, made to "work off" a debt with
    // his friends, going with men tonight, "work in a club", a salon that is not massage.
    [TestCase("Han kører mig til sine venner om natten.")]
    [TestCase("Nachts fährt er mich zu seinen Freunden.")]
    [TestCase("Iubitul o duce la prietenii lui în fiecare seară.")]
    [TestCase("Він каже, що я маю відпрацювати борг з його друзями.")]
    [TestCase("Pinapasama ako sa mga kaibigan niya tuwing gabi.")]
    [TestCase("Zawozi mnie do kolegów co noc.")]
    [TestCase("Me lleva con sus amigos cada noche.")]
    [TestCase("Tonight I have to go with two men to a hotel.")]
    [TestCase("Ją veža į Vokietiją dirbti klube.")]
    [TestCase("Привезли в салон, но там не массаж.")]
    public void Recognises_v32s_sexual_exploitation_told_without_a_word_for_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.SexualExploitation));
    }

    // v32's forced crime: selling in a street or station, selling for an older man, a bag across a border, an account
    // opened in someone's name with other people's money through it.
    [TestCase("يجب أن نبيع في الشارع كل ليلة")]
    [TestCase("My cousin has to sell for an older guy near the station.")]
    [TestCase("Han skal stå på stationen og sælge hver nat.")]
    [TestCase("Jo vardu atidarė sąskaitą ir per ją eina svetimi pinigai.")]
    [TestCase("Меня заставляют отвезти пакет через границу.")]
    [TestCase("Muszę przewieźć paczkę przez granicę.")]
    public void Recognises_v32s_forced_crime_said_without_naming_it(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.ForcedCriminality));
    }

    // v32's danger cues: Tagalog "here in the bathroom", Moroccan and Levantine beating and fear, an age in Arabic.
    [TestCase("Nandito po ako sa banyo, sinaktan niya ako.", Indicator.HappeningNow)]
    [TestCase("كل يوم يضربوني", Indicator.Violence)]
    [TestCase("انا خايفة من صاحب البيت", Indicator.Fear)]
    [TestCase("عمري 15 سنة", Indicator.Minor)]
    [TestCase("They are downstairs with the car and I do not want to go.", Indicator.AcuteDanger)]
    public void Reads_v32s_danger_cues(string text, string indicator)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Contain(indicator));
    }

    // v32's questions: a passport found or lost is nobody's papers taken; a trip home with no problems.
    [TestCase("Jeg har fundet et pas i bussen, hvor skal det afleveres?")]
    [TestCase("Min ven har mistet sit pas, hvordan får han et nyt?")]
    [TestCase("Kan man få hjælp til rejsen hjem? Ingen problemer med nogen, jeg vil bare hjem.")]
    public void Reads_v32s_questions_as_none(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.None));
    }

    // Vietnamese "gặp" (meet) folds like "gấp" (urgent); German "bringt sie" is not "bringt sie um".
    [TestCase("Có ai gặp em được không?")]
    [TestCase("Er bringt sie jeden Morgen zur Arbeit.")]
    public void Does_not_read_meeting_or_bringing_as_danger(string text)
    {
        var result = ReadByTheLexicons(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.UrgentTone));
            Assert.That(result.Indicators, Does.Not.Contain(Indicator.AcuteDanger));
        });
    }

    // v33: "free" is no withheld pay unless someone works or lodges for it.
    [TestCase("Er det gratis at ringe til jer?")]
    [TestCase("Kan man få en gratis test hos lægen?")]
    [TestCase("¿Es gratis llamar a este número?")]
    public void Does_not_read_free_of_charge_as_withheld_pay(string text)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Not.Contain(Indicator.WagesWithheld));
    }

    // v33's control told without naming it: pay taken back for the room, the boss keeping all the money, a past low wage,
    // no key, a permit tied to the employer, a passport that will not be given back.
    [TestCase("He pays me well but takes 4000 back for the room.", Indicator.WagesWithheld)]
    [TestCase("Han tager min løn hver måned.", Indicator.WagesWithheld)]
    [TestCase("Vi fik 2000 kr om måneden og sov på lageret.", Indicator.WagesWithheld)]
    [TestCase("Chủ giữ hết tiền lương của em.", Indicator.WagesWithheld)]
    [TestCase("Hun må ikke have en nøgle til lejligheden.", Indicator.Confinement)]
    [TestCase("Boss says my visa is tied to the company.", Indicator.CannotLeave)]
    [TestCase("Min arbejdstilladelse er bundet til firmaet.", Indicator.CannotLeave)]
    [TestCase("Jeg kan ikke få mit pas tilbage fra chefen.", Indicator.DocumentsTaken)]
    [TestCase("I cant get my passport back from the manager.", Indicator.DocumentsTaken)]
    public void Reads_v33s_control_cues(string text, string indicator)
    {
        Assert.That(ReadByTheLexicons(text).Indicators, Does.Contain(indicator));
    }

    // v33's forms said without naming them: begging with a paper cup, plants in a house, a man coming for her today,
    // an operation that clears a debt, men brought to a hotel (Russian in Latin letters).
    [TestCase("Hun sidder foran Netto med et papkrus hele dagen.", Category.ForcedCriminality)]
    [TestCase("Stă în fața unui magazin cu un pahar de carton.", Category.ForcedCriminality)]
    [TestCase("My aunt stands outside the supermarket with a paper cup.", Category.ForcedCriminality)]
    [TestCase("Живём в доме где растут растения, нас не выпускают.", Category.ForcedCriminality)]
    [TestCase("Hoje vem um homem para mim.", Category.SexualExploitation)]
    [TestCase("Esta noche viene un hombre para mí.", Category.SexualExploitation)]
    [TestCase("Segodnya on opyat privezet muzhchin.", Category.SexualExploitation)]
    [TestCase("They said the operation would get his debt cleared.", Category.OrganRemoval)]
    [TestCase("Efter operationen er gælden væk, siger han.", Category.OrganRemoval)]
    public void Recognises_v33s_forms_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v33's questions: a firing with the last pay missing is a labour dispute; an au pair asking her rights.
    [TestCase("Jeg er blevet fyret uden varsel og har ikke fået løn for sidste måned. Hvem kan hjælpe?")]
    [TestCase("I was fired and never got my final pay, who do I contact?")]
    [TestCase("Quick question: my host family is lovely, they just asked me to babysit on saturdays too. Is that allowed?")]
    public void Reads_v33s_questions_as_none(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.None));
    }

    // v33: being driven round to shops or sold to men years ago is no move tonight; someone behind the door is danger.
    [TestCase("En mand kører os rundt til butikkerne.", false)]
    [TestCase("Years ago a man sold me to other men, now I have a good life.", false)]
    [TestCase("Ya spryatalas v vannoi, on za dveryu.", true)]
    public void Reads_v33s_danger_and_its_absence(string text, bool acute)
    {
        var result = ReadByTheLexicons(text);
        Assert.That(result.Indicators.Contains(Indicator.MovedTonight) || result.Indicators.Contains(Indicator.AcuteDanger),
            Is.EqualTo(acute));
    }

    // v34's forms said without naming them: the men pay him for her, hotel key cards, made to go with men, going out with
    // other men, "meeting guests" to pay a debt, men let in every night; forced crime told plainly (packets for the big
    // guy, the police as "our problem", small bags sold every night).
    [TestCase("They say we dance in a club in Aarhus and the men pay the boss for us.", Category.SexualExploitation)]
    [TestCase("She keeps a whole pile of hotel key cards in her handbag.", Category.SexualExploitation)]
    [TestCase("He makes her go with men to pay off the flat.", Category.SexualExploitation)]
    [TestCase("My boyfriend makes me go out with other men and keeps the money.", Category.SexualExploitation)]
    [TestCase("Приятелят ѝ я кара да излиза с други мъже.", Category.SexualExploitation)]
    [TestCase("Хозяйка сказала, что я буду встречаться с гостями, пока не отдам долг.", Category.SexualExploitation)]
    [TestCase("Han lader mænd komme hver nat i lejligheden.", Category.SexualExploitation)]
    [TestCase("I have to fetch packets from a car and bring them to the big guy.", Category.ForcedCriminality)]
    [TestCase("If the police catch us it is our problem, he says.", Category.ForcedCriminality)]
    [TestCase("He sells small bags for them every night.", Category.ForcedCriminality)]
    public void Recognises_v34s_forms_said_without_naming_them(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v34: a bank card or passport kept is control even when the writer says nobody forces them; a household worker
    // only allowed to phone at set times.
    [TestCase("The agency keeps my bank card, nobody forces me, is that normal?", Category.ForcedLabour)]
    [TestCase("Shefat vzima kartite ni i ni dava po 100 kr, rabotim v oranzheriya.", Category.ForcedLabour)]
    [TestCase("Der Chef behält unsere Karten, wir arbeiten auf dem Hof.", Category.ForcedLabour)]
    [TestCase("Sie ist Haushälterin und darf nur abends telefonieren.", Category.DomesticServitude)]
    public void Reads_v34s_cards_and_papers_kept_as_control(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v34: Persian in Latin letters ("Finglish") is told as Persian by its own cues and read.
    [Test]
    public void Reads_persian_in_latin_letters()
    {
        var result = ReadByTheLexicons("salam, man 16 saale hastam, dar ghofle, komak");

        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo("fa"));
            Assert.That(result.Indicators, Does.Contain(Indicator.LockedIn));
            Assert.That(result.Urgency, Is.EqualTo(Urgency.Immediate));
        });
    }

    // v34's danger: a child gone in the night right after a call or fetched by a car, a writer who wants away tonight, a
    // girl of 13 paid "for being nice" who goes again tonight, a door locked from outside (Vietnamese); and its absence: a
    // son out with his mates, German "gerade" in a company's question, the men paying back a loan, a Danish parcel
    // fetched by a car (Polish "bił" folds to Danish "bil", car).
    [TestCase("Min søn på 15 forsvandt i nat lige efter et opkald.", true)]
    [TestCase("Jeg er au pair, har ikke haft fri i fem måneder, de har mit pas, jeg vil væk i nat.", true)]
    [TestCase("My son disappeared last night with his mates and came home at three.", false)]
    [TestCase("Wir prüfen gerade unsere Lieferverträge, gibt es eine Checkliste?", false)]
    [TestCase("The men pay him back on Friday for the tickets.", false)]
    [TestCase("I nat blev en af vores piger (15) hentet af en hvid bil ved porten.", true)]
    [TestCase("Min datter på 13 får penge for at være sød ved en voksen mand, i aften skal hun derhen igen.", true)]
    [TestCase("Chào anh chị, em đang ở một căn nhà, cửa khóa bên ngoài, em muốn về.", true)]
    [TestCase("Kl 23 i aftes blev pakken hentet af en bil, hvornår kommer den?", false)]
    public void Reads_v34s_danger_and_its_absence(string text, bool immediate)
    {
        Assert.That(ReadByTheLexicons(text).Urgency == Urgency.Immediate, Is.EqualTo(immediate));
    }

    // v34: narrowed cues stay quiet on everyday texts (a market stall, a question about calling hours, a visa question).
    [TestCase("I sell small bags and scarves at the market.")]
    [TestCase("Am I only allowed to call you on weekdays?")]
    [TestCase("Can you help with my asylum appeal? The deadline is Monday.")]
    [TestCase("Kan I hjælpe mig med min ansøgning om opholdstilladelse?")]
    [TestCase("The men pay him back on Friday for the tickets.")]
    public void Reads_v34s_everyday_texts_as_none(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.None));
    }

    // A theft the writer is accused of or threatened with is no forced crime (accused_of_theft takes the cue back);
    // one they are made to commit still is.
    [TestCase("Familien siger de melder hende for tyveri hvis hun går.", false)]
    [TestCase("The family says she stole, they keep her passport and she cleans all day.", false)]
    [TestCase("They make us go stealing in the shops every day.", true)]
    [TestCase("Hun bliver tvunget til butikstyveri hver dag.", true)]
    public void Reads_a_theft_accusation_as_no_forced_crime(string text, bool forcedCrime)
    {
        Assert.That(ReadByTheLexicons(text).Indicators.Contains(Indicator.ForcedCrime), Is.EqualTo(forcedCrime));
    }

    // v35: sexual exploitation told by the signs of online exploitation: ads someone else writes or posts, a girl moved
    // to a new city every week, a client's admission, Ukrainian and Thai in Latin letters.
    [TestCase("He writes my ads and answers every call, I never see the money.", Category.SexualExploitation)]
    [TestCase("Han lægger mine annoncer op og tager alle pengene.", Category.SexualExploitation)]
    [TestCase("De flytter hende til en ny by hver uge, og hun må ikke selv vælge.", Category.SexualExploitation)]
    [TestCase("Той пуска обявите ми в сайта и взема парите.", Category.SexualExploitation)]
    [TestCase("Iubitul ei ii pune anunturi pe internet si ia banii.", Category.SexualExploitation)]
    [TestCase("Vona kazhe shcho tam bude robota z cholovikamy, ya ne mozhu hovoryty.", Category.SexualExploitation)]
    [TestCase("khao hai chan non kap khaek tuk kuen", Category.SexualExploitation)]
    public void Recognises_v35s_online_exploitation(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v35's danger: someone asked to come now, a beating now in Levantine Arabic, screaming heard for minutes.
    [TestCase("Please someone come to the farm now, the boss has a knife.", true)]
    [TestCase("عم يضربوا ابني هلأ والباب مسكر علينا", true)]
    [TestCase("Nebenan schreit seit 10 Minuten eine Frau, was soll ich tun?", true)]
    [TestCase("Can someone call me back tomorrow about the volunteer course?", false)]
    public void Reads_v35s_danger_and_its_absence(string text, bool immediate)
    {
        Assert.That(ReadByTheLexicons(text).Urgency == Urgency.Immediate, Is.EqualTo(immediate));
    }

    // v35: the narrowed city-rotation cues stay quiet on a fairground's or a band's touring, and a theft the writer
    // suffered (a stolen phone, bike or wallet) is no forced crime.
    [TestCase("Jeg arbejder i et tivoli, vi skifter by hver uge om sommeren. Hvor mange timer må vi arbejde?")]
    [TestCase("Our band plays a new city every weekend this summer, do we need a work permit?")]
    [TestCase("Min cykel blev stjålet ved Nørreport, hvem skal jeg ringe til?")]
    [TestCase("My wallet was stolen on the bus, what do I do?")]
    public void Reads_v35s_everyday_texts_as_none(string text)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(Category.None));
    }

    // v36: forms told without their words: sex work as a man's flats or a quota per night, Arabic and Russian in Latin
    // letters, a child made to carry packages, a Persian household that keeps the passport.
    [TestCase("She works in his flats and never keeps the money.", Category.SexualExploitation)]
    [TestCase("Hun skal tjene 2000 om natten ellers bliver han sur.", Category.SexualExploitation)]
    [TestCase("zastavlyayut menya s klientami, dokumenty u nih", Category.SexualExploitation)]
    [TestCase("ana bshtghel fi mat3am, el m3allem akhad el basbor w ma bidfa3li", Category.ForcedLabour)]
    [TestCase("They make him carry packages to the park every evening, he is 14.", Category.ForcedCriminality)]
    [TestCase("من پیش یک خانواده زندگی می کنم و پاسپورتم دست خانم است", Category.DomesticServitude)]
    public void Recognises_v36s_forms_told_without_their_words(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    [Test]
    public void Reads_Arabic_in_Latin_letters_as_Arabic()
    {
        Assert.That(ReadByTheLexicons("ana bshtghel fi mat3am, el m3allem akhad el basbor w ma bidfa3li").Language, Is.EqualTo("ar"));
    }

    // v36's danger: a debt deadline tonight with a threat, an organ operation tomorrow morning; a knee operation
    // tomorrow is no danger.
    [TestCase("I aften siger de hvis jeg ikke har pengene, så finder de mig.", true)]
    [TestCase("De siger jeg skal opereres i morgen og give en nyre for gælden, jeg vil ikke, de har mit pas.", true)]
    [TestCase("Jeg skal opereres i morgen tidlig i knæet, kan jeg få sygedagpenge?", false)]
    public void Reads_v36s_danger_and_its_absence(string text, bool immediate)
    {
        Assert.That(ReadByTheLexicons(text).Urgency == Urgency.Immediate, Is.EqualTo(immediate));
    }

    // v36's narrowed cues stay quiet on everyday texts: a writer who found our number (no phone watched), a present
    // hidden for a birthday (no hiding from danger), boys begging to go to football (no forced begging), an intern
    // who asks whether his hours are legal and can quit.
    [TestCase("I found this number on a poster at the library, do you take volunteers?")]
    [TestCase("Comprei um presente escondido para o aniversário da minha mãe.")]
    [TestCase("The boys are begging me to take them to the football match on Sunday.")]
    [TestCase("Min datter er i praktik og de får hende til at arbejde 40 timer for 2000 kr. Er det lovligt? Hun kan godt sige op.")]
    public void Reads_v36s_everyday_texts_as_none(string text)
    {
        var result = ReadByTheLexicons(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.Urgency, Is.Not.EqualTo(Urgency.Immediate));
            Assert.That(result.ContactSafety, Is.EqualTo(ContactSafety.Any));
        });
    }

    // v37: forms told without their words: men brought to a flat (Ukrainian in Latin letters), made to receive men
    // (Portuguese), having to sleep with clients (Lithuanian), a madam's debt and an oath, male visitors all night, an
    // Arabic household that keeps the passport and pays nothing.
    [TestCase("Hospodar pryvodyt cholovikiv kozhnoho vechora, ya ne mozhu pity", Category.SexualExploitation)]
    [TestCase("Eles obrigam a minha irmã a receber homens no quarto.", Category.SexualExploitation)]
    [TestCase("Sako, kad privalau miegoti su klientais kiekvieną vakarą.", Category.SexualExploitation)]
    [TestCase("They say she owes 30000 euros to the madam.", Category.SexualExploitation)]
    [TestCase("She is bound by an oath and cannot leave.", Category.SexualExploitation)]
    [TestCase("The girls next door get male visitors all night.", Category.SexualExploitation)]
    [TestCase("أعمل خادمة عند عائلة. جواز سفري عندهم ولا يدفعون لي راتب", Category.DomesticServitude)]
    public void Recognises_v37s_forms_told_without_their_words(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v37's danger: a Vietnamese locked door, a room that is locked, being taken somewhere tonight with a longer phrase
    // between; "now I must decide" and "too late to say no now" date the pressure of an organ deal, not a danger now, and a
    // family's flight tomorrow is none (a flying cue was tried and left out).
    [TestCase("Cửa bị khóa từ bên ngoài, em không ra được", true)]
    [TestCase("They are taking us to a farm up in Sweden tonight, they have our papers.", true)]
    [TestCase("A man offers money for my kidney and now I must decide, he has my passport.", false)]
    [TestCase("Han siger det er for sent at fortryde nu, nyren skal tages i Tyrkiet, jeg skylder ham.", false)]
    [TestCase("They took my passport and the room is locked, I can't get out.", true)]
    [TestCase("Tomorrow we fly to Spain on holiday with the kids, can I call you after?", false)]
    public void Reads_v37s_danger_and_its_absence(string text, bool immediate)
    {
        Assert.That(ReadByTheLexicons(text).Urgency == Urgency.Immediate, Is.EqualTo(immediate));
    }

    // v37: restrictions in Thai in Latin letters, Polish "we cannot call" before "only sms", French "write only", a
    // Danish "don't write back" whose "ikke" negated the watched phone after it.
    [TestCase("chan yu kap nai jang, mai tong tho ma, khao doo tho chan", ContactSafety.NoContact)]
    [TestCase("pracujemy na budowie, nie mozemy dzwonic tylko sms", ContactSafety.TextOnly)]
    [TestCase("Il garde mon passeport. Écrivez seulement, merci.", ContactSafety.TextOnly)]
    [TestCase("De står udenfor nu. SKRIV IKKE TILBAGE han tager min telefon", ContactSafety.NoContact)]
    public void Reads_v37s_contact_restrictions(string text, string contactSafety)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    // v37's everyday questions about work: pay on time and a nice boss, own papers, how to become an au pair, a
    // smuggler paid or smuggling asked about (the bare forced-crime "smuggl*" is taken back), a company that wants to
    // do it properly. The narrowed new cues stay quiet too: Lithuanian "turiu kur miegoti" (I have a place to sleep) and
    // a hostel's rule about male visitors.
    [TestCase("I work 42 hours, they pay all the hours and my boss is nice. Can I change job with my permit?")]
    [TestCase("Our subcontractor's workers keep their own passports and the pay is above the minimum wage. Anything else to check?")]
    [TestCase("How do I become an au pair in Denmark and how much pocket money is normal?")]
    [TestCase("What is the difference between smuggling and trafficking? It's for a school assignment.")]
    [TestCase("My uncle paid a smuggler to get to Italy years ago and works legally now, was that trafficking?")]
    [TestCase("Vi vil gerne gøre det ordentligt: må vi trække rekrutteringsgebyret fra lønnen?")]
    [TestCase("Turiu kur miegoti, bet ieškau darbo Danijoje.")]
    [TestCase("Male visitors are not allowed in the rooms after 22, is that legal for a hostel?")]
    public void Reads_v37s_everyday_texts_as_none(string text)
    {
        var result = ReadByTheLexicons(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.Urgency, Is.Not.EqualTo(Urgency.Immediate));
        });
    }

    // v38: forms told without their words: customers in a private room of a massage shop (Vietnamese), drinking with clients
    // and going upstairs with the men, a boss who sells a girl to clients (Bulgarian in Latin letters), sent to men at night
    // (Tagalog), "working" for his friends at night (Norwegian), more customers to pay off a debt (Danish); a household job
    // looking after children (Ukrainian in Latin letters), a live-in housekeeper (Danish); made to steal perfumes, sent to
    // sell drugs (Russian in Latin letters); Arabic in Latin letters with the passport in English and "not paid".
    [TestCase("Chủ bắt chị tiếp với khách trong phòng riêng mỗi tối", Category.SexualExploitation)]
    [TestCase("The owner makes the girls drink with clients and then go upstairs with the men.", Category.SexualExploitation)]
    [TestCase("Shefat ya prodava na klienti vsyaka vecher", Category.SexualExploitation)]
    [TestCase("Pinapapunta nila kami sa mga lalaki tuwing gabi", Category.SexualExploitation)]
    [TestCase("Søsteren min jobber for kompisene hans om natten og skylder ham penger", Category.SexualExploitation)]
    [TestCase("Han siger hun skal tage flere kunder for at afbetale gælden", Category.SexualExploitation)]
    [TestCase("Pratsiuiu v simi, dyvliusia za ditmy, ne platiat nichoho", Category.DomesticServitude)]
    [TestCase("Naboens husholderske bor hos dem og har aldrig fri", Category.DomesticServitude)]
    [TestCase("They make me steal perfumes from the mall every weekend", Category.ForcedCriminality)]
    [TestCase("ya dolzhen prodavat narkotiki dlya nih kazhdy den", Category.ForcedCriminality)]
    [TestCase("ana sha8al fi masna3, el m3allem akhad el passport w ma bidfa3sh", Category.ForcedLabour)]
    public void Recognises_v38s_forms_told_without_their_words(string text, string category)
    {
        Assert.That(ReadByTheLexicons(text).Category, Is.EqualTo(category));
    }

    // v38's danger: a relative locked in "now" with a plea for help (Vietnamese), a minor with men waiting in a car who will
    // beat them today (Russian, Ukrainian and Bulgarian in Latin letters), a cry for help from inside a flat (Romanian);
    // "now" while studying and an enquiry from one's own flat stay calm.
    [TestCase("Em gái tôi 16 tuổi giờ bị nhốt trong nhà chủ, xin giúp", true)]
    [TestCase("mne 15, oni zhdut menya v mashine, esli ne prinesu dengi segodnya pobyut", true)]
    [TestCase("Meni 16, vony chekaiut mene v mashyni, sohodni pobiut", true)]
    [TestCase("na 15 sam, chakat me v kolata, dnes shte me biyat", true)]
    [TestCase("ajutor, sunt intr-un apartament in Odense, nu ma lasa sa plec", true)]
    [TestCase("Em gái tôi ở Đan Mạch, giờ đang học đại học", false)]
    [TestCase("I'm in a flat in Aarhus and want to know about holiday pay", false)]
    public void Reads_v38s_danger_and_its_absence(string text, bool immediate)
    {
        Assert.That(ReadByTheLexicons(text).Urgency == Urgency.Immediate, Is.EqualTo(immediate));
    }

    // v38: "don't write" in Ukrainian in Latin letters, Russian "ne zvonite" as a call refused (no longer "don't reply"),
    // a phone watched in Thai in Latin letters.
    [TestCase("Ne pyshit na tsei nomer, pratsiuiu v rodyni", ContactSafety.NoContact)]
    [TestCase("ne zvonite, tolko sms, pasport zabrali", ContactSafety.TextOnly)]
    [TestCase("khao mai hai pai, kao doo torrasap chan", ContactSafety.NoContact)]
    public void Reads_v38s_contact_restrictions(string text, string contactSafety)
    {
        Assert.That(ReadByTheLexicons(text).ContactSafety, Is.EqualTo(contactSafety));
    }

    // v38's pay questions (an unpaid trial shift, a supplement not paid, overtime never paid) are `labour_dispute`; the
    // narrowed cues stay quiet: a boyfriend at a clinic or a salon, going upstairs with the children, perfume samples
    // taken back, a home help who comes every day.
    [TestCase("My daughter does an unpaid trial shift at a café on Saturday, is that legal?")]
    [TestCase("Jeg har ikke fået aftentillæg i tre måneder, er det ulovligt?")]
    [TestCase("He never gets paid overtime at his office job, can he complain?")]
    [TestCase("Min kæreste arbejder på en klinik for fysioterapi og er glad for det")]
    [TestCase("my boyfriend works at a hair salon, is holiday pay normal?")]
    [TestCase("I have to go upstairs with them now, the kids are tired")]
    [TestCase("My mum has to take perfume samples back to the shop")]
    [TestCase("Min mormors hjemmehjælper kommer hver dag og hun er glad")]
    public void Reads_v38s_everyday_texts_as_none(string text)
    {
        var result = ReadByTheLexicons(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Category, Is.EqualTo(Category.None));
            Assert.That(result.Urgency, Is.Not.EqualTo(Urgency.Immediate));
        });
    }

    // v37 (IndicatorEvidence): papers named as the workers' own ("keep their own papers") are no papers taken, while
    // someone else keeping them still is.
    [TestCase("The workers keep their own papers and get paid on time.", false)]
    [TestCase("The boss keeps their papers and pays them late.", true)]
    public void Reads_own_papers_as_no_papers_taken(string text, bool taken)
    {
        Assert.That(ReadByTheLexicons(text).Indicators.Contains(Indicator.DocumentsTaken), Is.EqualTo(taken));
    }
}
