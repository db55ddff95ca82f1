using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Api.Twilio;
using Hotline.Privacy;
using Hotline.Voice;
using Twilio.TwiML;

namespace Hotline.Api.Voice;

// The caller is on the line for the first four: they always answer TwiML, whatever happens to
// the broker or the database (VoiceErrorFilter catches the rest). The other three are callbacks
// that nobody hears: published with a deadline, 503 when the broker can't take them, like SMS.
public static partial class VoiceWebhooks
{
    public static RouteGroupBuilder MapVoiceWebhooks(this RouteGroupBuilder twilio)
    {
        var voice = twilio.MapGroup("/voice").AddEndpointFilter<VoiceErrorFilter>();
        voice.MapPost("", ReceiveCall);
        voice.MapPost("/menu", ReceiveMenuChoice);
        voice.MapPost("/dial", ReceiveDialResult);
        voice.MapPost("/screen", Screen);
        voice.MapPost("/screen/answer", ScreenAnswer);
        voice.MapPost("/recorded", Recorded);
        voice.MapPost("/status", ReceiveStatus);
        voice.MapPost("/recording", ReceiveRecording);
        voice.MapPost("/transcription", ReceiveTranscription);
        return twilio;
    }

    static async Task<IResult> ReceiveCall(HttpContext http, CallEventPublisher events, VoiceTwiML twiml)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        await events.PublishForCallerAsync(form, CallEvents.Incoming, report => report, http.RequestAborted);
        return new TwiMLResult(twiml.Greeting());
    }

    static async Task<IResult> ReceiveMenuChoice(HttpContext http, CallEventPublisher events, VoiceRoster roster, VoiceTwiML twiml)
    {
        var menu = twiml.Menu;
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var digits = form["Digits"].ToString();
        var chosen = menu.ByDigit(digits);
        var danger = digits == VoiceMenu.DangerDigit;
        var choice = danger ? MenuChoices.Danger : chosen is null ? MenuChoices.None : MenuChoices.Language;
        var state = new CallState(chosen?.Code, danger);

        // No choice (no key, the danger key, a key that means nothing): the Danish-speaking primary.
        var route = await roster.RouteAsync(chosen?.Code ?? VoiceMenu.Danish.Code, http.RequestAborted);
        await events.PublishForCallerAsync(
            form,
            CallEvents.Menu,
            report => report with { MenuChoice = choice, Language = chosen?.Code, DangerKeyPressed = danger },
            http.RequestAborted);
        return new TwiMLResult(twiml.Forward(state, route, form["To"].ToString()));
    }

    static async Task<IResult> ReceiveDialResult(HttpContext http, CallEventPublisher events, VoiceTwiML twiml)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var state = CallState.From(http.Request.Query);
        var dialStatus = form["DialCallStatus"].ToString();
        await events.PublishForCallerAsync(
            form,
            CallEvents.Dial,
            report => report with
            {
                DialCallStatus = Bounded(dialStatus),
                DialCallDuration = Number(form["DialCallDuration"]),
                StaffId = long.TryParse(http.Request.Query["staff"], NumberStyles.None, CultureInfo.InvariantCulture, out var staffId) ? staffId : null,
            },
            http.RequestAborted);

        // Answered and over: nothing more for the caller. Anything else: voicemail.
        return new TwiMLResult(dialStatus == "completed" ? new VoiceResponse().Hangup() : twiml.Voicemail(state));
    }

    static TwiMLResult Screen(HttpContext http, VoiceTwiML twiml) => new TwiMLResult(twiml.Screen(CallState.From(http.Request.Query)));

    static async Task<TwiMLResult> ScreenAnswer(HttpRequest request)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        return new TwiMLResult(VoiceTwiML.ScreenAnswer(form["Digits"].ToString()));
    }

    static TwiMLResult Recorded() => new TwiMLResult(VoiceTwiML.Recorded());

    static async Task<IResult> ReceiveStatus(HttpContext http, CallEventPublisher events)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var callStatus = form["CallStatus"].ToString();
        if (!CallStatusPattern().IsMatch(callStatus))
        {
            return TypedResults.Problem("CallStatus is missing or not a Twilio call status.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await events.PublishCallbackAsync(
            form,
            CallEvents.Status(callStatus),
            report => report with { CallStatus = callStatus, CallDuration = Number(form["CallDuration"]) },
            http.RequestAborted);
    }

    static async Task<IResult> ReceiveRecording(HttpContext http, CallEventPublisher events, PersonalDataProtector protector)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var recordingUrl = form["RecordingUrl"].ToString();
        return await events.PublishCallbackAsync(
            form,
            CallEvents.Recording,
            report => report with
            {
                RecordingSid = Bounded(form["RecordingSid"].ToString()),
                RecordingStatus = Bounded(form["RecordingStatus"].ToString()),
                RecordingDuration = Number(form["RecordingDuration"]),
                EncryptedRecordingUrl = recordingUrl.Length == 0 ? null : protector.Encrypt(recordingUrl, ProtectedColumns.RecordingUrl),
            },
            http.RequestAborted);
    }

    static async Task<IResult> ReceiveTranscription(HttpContext http, CallEventPublisher events, PersonalDataProtector protector)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var status = form["TranscriptionStatus"].ToString();
        var text = form["TranscriptionText"].ToString().Trim();
        return await events.PublishCallbackAsync(
            form,
            CallEvents.Transcription,
            report => report with
            {
                TranscriptionStatus = Bounded(status),
                EncryptedTranscript = status == "completed" && text.Length > 0 ? protector.Encrypt(text, ProtectedColumns.Body) : null,
            },
            http.RequestAborted);
    }

    static int? Number(Microsoft.Extensions.Primitives.StringValues value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    // Twilio's status words are short; anything else is cut rather than stored whole.
    static string? Bounded(string value) => value.Length == 0 ? null : value[..Math.Min(value.Length, 32)];

    [GeneratedRegex("^[a-z-]{1,16}$")]
    private static partial Regex CallStatusPattern();
}
