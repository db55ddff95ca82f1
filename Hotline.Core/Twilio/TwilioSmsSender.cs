using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Hotline.Twilio;

// Twilio:Mode = Live: sends through the Twilio library's REST client, over an HttpClient that
// Twilio:ApiBaseUrl can point at a staging host or a test double.
public sealed class TwilioSmsSender : ISmsSender
{
    readonly TwilioRestClient _client;
    readonly string _from;

    public TwilioSmsSender(IOptions<TwilioOptions> options, System.Net.Http.HttpClient http)
    {
        var twilio = options.Value;
        _from = twilio.PhoneNumber!;
        _client = new TwilioRestClient(twilio.AccountSid, twilio.AuthToken, httpClient: new SystemNetHttpClient(http));
    }

    public async Task<string> SendAsync(OutboundSms sms, CancellationToken cancellationToken)
    {
        var message = new CreateMessageOptions(new PhoneNumber(sms.To))
        {
            From = new PhoneNumber(_from),
            Body = sms.Body,
            StatusCallback = sms.StatusCallback,
            ValidityPeriod = sms.ValidityPeriod is { } validity ? (int)validity.TotalSeconds : null,
        };

        try
        {
            // The library takes no cancellation token; the HttpClient's timeout bounds the call.
            var created = await MessageResource.CreateAsync(message, _client);
            return created.Sid;
        }
        catch (ApiException exception)
        {
            var transient = exception.Status is 429 or >= 500;
            throw new SmsSendException($"Twilio refused the message: HTTP {exception.Status}, code {exception.Code}.", transient, exception.Code, exception);
        }
        catch (ApiConnectionException exception)
        {
            throw new SmsSendException("Twilio could not be reached.", transient: true, errorCode: null, exception);
        }
    }
}
