using Hotline.Configuration;
using Hotline.Data;
using Hotline.Tests.Duty;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Hotline.Tests.Dashboard;

// The real API on a Kestrel port of its own (a browser can't reach WebApplicationFactory's
// in-memory server), a migrated SQLite file behind it, and Debian's chromium driven by
// Playwright. Every page is served under the strict Content-Security-Policy that production
// sends, and a refused script or style counts as a failure.
public sealed class DashboardSite : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ContentSecurityPolicy = "default-src 'self'";

    readonly TestDirectory _directory;
    readonly HotlineApiFactory _host;
    readonly WebApplicationFactory<Program> _api;
    readonly IPlaywright _playwright;
    readonly IBrowser _browser;

    DashboardSite(TestDirectory directory, HotlineApiFactory host, WebApplicationFactory<Program> api, IPlaywright playwright, IBrowser browser)
    {
        _directory = directory;
        _host = host;
        _api = api;
        _playwright = playwright;
        _browser = browser;
        BaseUrl = api.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        Seed = new DutySeed(Database);
    }

    public string BaseUrl { get; }

    public HotlineDatabase Database { get; }

    public DutySeed Seed { get; }

    // Without chromium the browser tests are skipped, or fail under HOTLINE_REQUIRE_RABBITMQ=1
    // (as in CI, where ./test.sh installs it).
    public static async Task<DashboardSite> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            var reason = $"{ChromiumPath} is missing: the dashboard's browser tests need Debian's chromium (./test.sh installs it).";
            if (RabbitMqBroker.Required)
            {
                Assert.Fail(reason);
            }

            Assert.Ignore(reason);
        }

        var directory = new TestDirectory();
        var host = new HotlineApiFactory(directory);
        var api = host.WithoutEscalation();
        api.UseKestrel(0);
        api.StartServer();

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
        return new DashboardSite(directory, host, api, playwright, browser);
    }

    public string DashboardUrl => BaseUrl + "/dashboard/";

    // A fresh browser context (its own sessionStorage) whose pages collect any CSP refusal and
    // any uncaught script error in Problems.
    public async Task<DashboardPage> OpenAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, Locale = "en-GB" });
        await context.RouteAsync(url => url.StartsWith(BaseUrl + "/dashboard/", StringComparison.Ordinal), async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = ContentSecurityPolicy };
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return new DashboardPage(this, context, page, problems);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _api.DisposeAsync();
        await _host.DisposeAsync();
        _directory.Dispose();
    }
}

public sealed class DashboardPage(DashboardSite site, IBrowserContext context, IPage page, List<string> problems) : IAsyncDisposable
{
    public IPage Page => page;

    public IReadOnlyList<string> Problems => problems;

    // Signs in the way a person does: the page asks for the token, keeps it, and reloads.
    public async Task SignInAsync(string login, params string[] roles)
    {
        await page.GotoAsync(site.DashboardUrl);
        await page.GetByLabel("Access token").FillAsync(TestTokens.For(login, roles));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("#who").WaitForAsync();
    }

    // HOTLINE_DASHBOARD_SCREENSHOTS=<folder> keeps a picture of what each test saw last, to look at.
    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("HOTLINE_DASHBOARD_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(folder, TestContext.CurrentContext.Test.Name + ".png"),
                FullPage = true,
            });
        }

        await context.DisposeAsync();
    }
}
