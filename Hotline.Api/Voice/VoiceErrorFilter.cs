using Hotline.Api.Twilio;
using Twilio.TwiML;

namespace Hotline.Api.Voice;

// A caller must never hear Twilio's "an application error has occurred": whatever fails in a
// voice handler, the answer is still valid TwiML that takes a message.
public sealed class VoiceErrorFilter(ILogger<VoiceErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var request = context.HttpContext.Request;
            logger.LogError(exception, "Voice webhook {Path} failed; answered with voicemail", request.Path);

            // The duty person's leg is hung up instead: our voicemail there would record them.
            if (request.Path.StartsWithSegments(VoiceUrls.Root + "/screen", StringComparison.Ordinal))
            {
                return new TwiMLResult(new VoiceResponse().Hangup());
            }

            try
            {
                var twiml = await VoiceTwiML.BindAsync(context.HttpContext);
                return new TwiMLResult(twiml!.Voicemail(CallState.From(request.Query)));
            }
            catch (Exception inner) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                // Not even the voicemail could be built: a message without callbacks still reaches
                // Twilio's recording log, where staff can find it.
                logger.LogError(inner, "Voice webhook {Path} could not build its voicemail either", request.Path);
                var response = new VoiceResponse();
                response.Say(VoiceMenu.English.Voicemail, language: VoiceMenu.English.SayLanguage);
                response.Record(maxLength: 120, playBeep: true);
                return new TwiMLResult(response);
            }
        }
    }
}
