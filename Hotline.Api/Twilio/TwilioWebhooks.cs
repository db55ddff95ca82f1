using Hotline.Api.Sms;
using Hotline.Api.Voice;

namespace Hotline.Api.Twilio;

public static class TwilioWebhooks
{
    // Every Twilio webhook lives under /twilio, behind one filter that checks size and signature.
    public static RouteGroupBuilder MapTwilioWebhooks(this IEndpointRouteBuilder endpoints)
    {
        var twilio = endpoints.MapGroup("/twilio").AddEndpointFilter<TwilioSignatureFilter>();
        twilio.MapSmsWebhooks();
        twilio.MapVoiceWebhooks();
        return twilio;
    }
}
