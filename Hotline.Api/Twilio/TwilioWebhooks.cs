using Hotline.Api.Sms;

namespace Hotline.Api.Twilio;

public static class TwilioWebhooks
{
    // Every Twilio webhook lives under /twilio, behind one filter that checks size and signature.
    public static RouteGroupBuilder MapTwilioWebhooks(this IEndpointRouteBuilder endpoints)
    {
        var twilio = endpoints.MapGroup("/twilio").AddEndpointFilter<TwilioSignatureFilter>();
        twilio.MapSmsWebhooks();
        return twilio;
    }
}
