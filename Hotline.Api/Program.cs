using Hotline.Api;
using Hotline.Api.Alerts;
using Hotline.Api.Audit;
using Hotline.Api.Dashboard;
using Hotline.Api.Duty;
using Hotline.Api.Reports;
using Hotline.Api.Roster;
using Hotline.Api.Security;
using Hotline.Api.Staff;
using Hotline.Api.Twilio;
using Hotline.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.AddHotlineApi();

var app = builder.Build();
app.UseHotlineSecurity();
app.UseDashboard();
app.MapHotlineEndpoints(degradedIsReady: true);
app.MapTwilioWebhooks();
app.MapStaffApi().MapRoster().MapAlerts().MapDuty().MapReports().MapAudit();
app.Run();
