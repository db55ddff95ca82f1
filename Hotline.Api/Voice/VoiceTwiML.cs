using Hotline.Twilio;
using Hotline.Voice;
using Microsoft.Extensions.Options;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using Twilio.Types;

namespace Hotline.Api.Voice;

// The TwiML of every step of a call, built with the Twilio library's classes.
public sealed class VoiceTwiML(VoiceMenu menu, VoiceUrls urls, IOptions<VoiceOptions> options)
{
    public VoiceMenu Menu => menu;

    // Bound per request by minimal APIs (BindAsync), because its URLs are the request's own.
    public static ValueTask<VoiceTwiML?> BindAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var voice = services.GetRequiredService<IOptions<VoiceOptions>>();
        var twilio = services.GetRequiredService<IOptionsMonitor<TwilioOptions>>();
        return ValueTask.FromResult<VoiceTwiML?>(new VoiceTwiML(new VoiceMenu(voice), new VoiceUrls(twilio.CurrentValue.PublicBaseUrl, http.Request), voice));
    }

    // The greeting and the one-key menu. No key within the timeout: the Redirect goes to the menu
    // without Digits, which takes the default.
    public VoiceResponse Greeting()
    {
        var gather = new Gather(numDigits: 1, action: urls.Menu, timeout: options.Value.MenuTimeoutSeconds);
        Say(gather, VoiceMenu.Danish, VoiceMenu.GreetingDanish);
        Say(gather, VoiceMenu.English, VoiceMenu.GreetingEnglish);
        foreach (var language in menu.Languages)
        {
            Say(gather, language, language.Prompt);
        }

        Say(gather, VoiceMenu.Danish, VoiceMenu.DangerPromptDanish);
        Say(gather, VoiceMenu.English, VoiceMenu.DangerPromptEnglish);

        var response = new VoiceResponse();
        response.Append(gather);
        response.Redirect(urls.Menu);
        return response;
    }

    // Put through to the duty person, screened; the dial result decides what comes next.
    public VoiceResponse Forward(CallState state, VoiceRoute route, string? hotlineNumber)
    {
        var response = new VoiceResponse();
        if (state.Danger)
        {
            Say(response, VoiceMenu.Danish, VoiceMenu.DangerAdviceDanish);
            Say(response, VoiceMenu.English, VoiceMenu.DangerAdviceEnglish);
        }

        if (route.IsVoicemail)
        {
            return Voicemail(state, response);
        }

        if (!state.Danger)
        {
            SayInCallersLanguage(response, state, language => language.Connecting);
        }

        // The duty person sees the hotline's number, not the caller's: it says what the call is,
        // and keeps the caller's number out of a personal phone's call log.
        var dial = new Dial(
            action: urls.Dial(state, route.StaffId),
            timeout: options.Value.DialTimeoutSeconds,
            callerId: string.IsNullOrEmpty(hotlineNumber) ? null : hotlineNumber,
            answerOnBridge: true);
        dial.Number(new PhoneNumber(route.Number), url: urls.Screen(state));
        response.Append(dial);
        return response;
    }

    // On the duty person's leg: what is waiting, and one key to take it. Anything else, or
    // nothing (a voicemail box), hangs up this leg, and the caller goes to our own voicemail.
    public VoiceResponse Screen(CallState state)
    {
        var gather = new Gather(numDigits: 1, action: urls.ScreenAnswer, timeout: options.Value.ScreenTimeoutSeconds);
        Say(gather, VoiceMenu.Danish, VoiceMenu.ScreenDanish(menu.ByCode(state.Language), state.Danger));
        Say(gather, VoiceMenu.English, VoiceMenu.ScreenEnglish);

        var response = new VoiceResponse();
        response.Append(gather);
        response.Hangup();
        return response;
    }

    // An empty response lets Twilio put the call through.
    public static VoiceResponse ScreenAnswer(string digits)
    {
        var response = new VoiceResponse();
        return digits == VoiceMenu.ScreenAcceptDigit ? response : response.Hangup();
    }

    public VoiceResponse Voicemail(CallState state, VoiceResponse? response = null)
    {
        response ??= new VoiceResponse();
        SayInCallersLanguage(response, state, language => language.Voicemail);
        response.Record(
            action: urls.Recorded(state),
            maxLength: options.Value.MaxRecordingSeconds,
            playBeep: true,
            recordingStatusCallback: urls.Recording,
            transcribe: true,
            transcribeCallback: urls.Transcription);

        // Reached only when nothing was recorded: Twilio then skips the action.
        response.Hangup();
        return response;
    }

    // The thanks are said in Danish and English: the configured languages have no text for it.
    public static VoiceResponse Recorded()
    {
        var response = new VoiceResponse();
        Say(response, VoiceMenu.Danish, VoiceMenu.ThanksDanish);
        Say(response, VoiceMenu.English, VoiceMenu.ThanksEnglish);
        return response.Hangup();
    }

    // A callback answers nothing to anyone: Twilio only needs a 200.
    public static VoiceResponse Nothing() => new();

    // The caller chose a language: say it in that one. Otherwise Danish, then English.
    void SayInCallersLanguage(VoiceResponse response, CallState state, Func<MenuLanguage, string> text)
    {
        if (menu.ByCode(state.Language) is { } language)
        {
            Say(response, language, text(language));
            return;
        }

        Say(response, VoiceMenu.Danish, text(VoiceMenu.Danish));
        Say(response, VoiceMenu.English, text(VoiceMenu.English));
    }

    static void Say(TwiML parent, MenuLanguage language, string text)
    {
        parent.Append(new Say(text, voice: language.Voice is { } voice ? (Say.VoiceEnum)voice : null, language: language.SayLanguage));
    }
}
