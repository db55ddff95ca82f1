using System.Globalization;
using Hotline.Api.Staff;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Tests.Dashboard;

// The dashboard in a real browser against the real API. One site for the fixture; each test
// has its own browser context and its own staff, so they do not see each other's contacts.
public class DashboardTests
{
    DashboardSite _site = null!;

    [OneTimeSetUp]
    public async Task StartSite() => _site = await DashboardSite.StartAsync();

    [OneTimeTearDown]
    public async Task StopSite()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Test]
    public async Task Shows_the_sign_in_form_to_a_page_without_a_token_and_again_after_a_refused_token()
    {
        await using var dashboard = await _site.OpenAsync();
        var page = dashboard.Page;

        await page.GotoAsync(_site.BaseUrl + "/dashboard");

        Assert.That(page.Url, Is.EqualTo(_site.DashboardUrl));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Access token")).ToBeVisibleAsync();
        await Expect(page.Locator("#duty")).ToBeHiddenAsync();
        await Expect(page.Locator("#analyst")).ToBeHiddenAsync();

        await page.GetByLabel("Access token").FillAsync("not-a-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The token was not accepted");
        await Expect(page.GetByLabel("Access token")).ToBeVisibleAsync();
        Assert.That(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('hotline.token')"), Is.Null);
        Assert.That(dashboard.Problems, Is.Empty);
    }

    [Test]
    public async Task A_duty_user_sees_only_the_contacts_routed_to_them_and_acknowledges_one()
    {
        var anna = await _site.Seed.Staff("Anna Holm", "anna.duty");
        var bo = await _site.Seed.Staff("Bo Lund", "bo.duty");
        var urgent = await _site.Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddHours(-2),
            category: "sexual_exploitation", urgency: "immediate", indicators: ["locked_in", "threats"]);
        var bos = await _site.Seed.AlertedContact([bo], DateTimeOffset.UtcNow.AddHours(-1), category: "organ_removal");
        var later = await _site.Seed.AlertedContact([anna], DateTimeOffset.UtcNow.AddMinutes(-30), category: "forced_labour", urgency: "high");
        await using var dashboard = await _site.OpenAsync();
        var page = dashboard.Page;

        await dashboard.SignInAsync("anna.duty", Roles.Duty);

        var rows = page.Locator("#duty-rows tr");
        await Expect(rows).ToHaveCountAsync(2);
        Assert.That(await rows.EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.contact)"),
            Is.EqualTo(new[] { Id(later.ContactId), Id(urgent.ContactId) }));
        var urgentRow = page.Locator($"#duty-rows tr[data-contact='{urgent.ContactId}']");
        await Expect(urgentRow).ToContainTextAsync("Sexual exploitation");
        await Expect(urgentRow).ToContainTextAsync("Immediate");
        await Expect(urgentRow).ToContainTextAsync("locked in");
        await Expect(urgentRow).ToContainTextAsync("Text only, do not call");
        await Expect(urgentRow).ToContainTextAsync("Polish");
        await Expect(urgentRow).ToContainTextAsync("interpreter needed");
        await Expect(page.Locator("#duty-table")).Not.ToContainTextAsync("Organ removal");
        Assert.That(await page.Locator($"#duty-rows tr[data-contact='{bos.ContactId}']").CountAsync(), Is.Zero);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Acknowledge alert {urgent.AlertId}" }).ClickAsync();

        await Expect(urgentRow.Locator("td.alert")).ToContainTextAsync("Acknowledged by anna.duty");
        var stored = await _site.Seed.Acknowledgement(urgent.AlertId);
        Assert.That(stored.AcknowledgedBy, Is.EqualTo("user:anna.duty"));
        Assert.That(stored.AcknowledgedAt, Is.Not.Null);

        await page.ReloadAsync();

        await Expect(urgentRow.Locator("td.alert")).ToContainTextAsync("Acknowledged by anna.duty");
        await Expect(urgentRow.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Acknowledge alert {later.AlertId}" })).ToBeVisibleAsync();
        Assert.That((await _site.Seed.Acknowledgement(later.AlertId)).AcknowledgedAt, Is.Null);
        Assert.That(dashboard.Problems, Is.Empty);
    }

    [Test]
    public async Task A_duty_user_does_not_see_the_analyst_view_and_the_API_refuses_them_the_figures()
    {
        await using var dashboard = await _site.OpenAsync();
        var page = dashboard.Page;

        await dashboard.SignInAsync("dora.duty", Roles.Duty);

        await Expect(page.Locator("#duty")).ToBeVisibleAsync();
        await Expect(page.Locator("#duty-message")).ToContainTextAsync("'dora.duty' is not linked to a staff member");
        await Expect(page.Locator("#analyst")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Monthly figures" })).ToBeHiddenAsync();
        var status = await page.EvaluateAsync<int>("""
            async () => (await fetch("/api/reports/monthly?from=2025-01&to=2025-02",
                { headers: { Authorization: `Bearer ${sessionStorage.getItem("hotline.token")}` } })).status
            """);
        Assert.That(status, Is.EqualTo(403));
        Assert.That(dashboard.Problems, Is.Empty);
    }

    [Test]
    public async Task An_analyst_sees_the_monthly_chart_and_table_with_the_right_figures_and_downloads_the_CSV()
    {
        // January 2025: two SMS of forced labour and a call about sexual exploitation; February:
        // six SMS of forced labour. Sent to nobody who signs in.
        var nobody = await _site.Seed.Staff("Figures Only", login: null);
        var january = new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);
        var february = new DateTimeOffset(2025, 2, 10, 10, 0, 0, TimeSpan.Zero);
        await _site.Seed.AlertedContact([nobody], january);
        await _site.Seed.AlertedContact([nobody], january.AddHours(1));
        await _site.Seed.AlertedContact([nobody], january.AddHours(2), category: "sexual_exploitation", channel: "voice");
        for (var i = 0; i < 6; i++)
        {
            await _site.Seed.AlertedContact([nobody], february.AddHours(i));
        }

        await using var dashboard = await _site.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync("lena.analyst", Roles.Analyst);
        await Expect(page.Locator("#analyst")).ToBeVisibleAsync();
        await Expect(page.Locator("#duty")).ToBeHiddenAsync();

        await page.GetByLabel("From month").FillAsync("2025-01");
        await page.GetByLabel("To month").FillAsync("2025-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var januaryRow = page.Locator("#report-rows tr[data-month='2025-01']");
        var februaryRow = page.Locator("#report-rows tr[data-month='2025-02']");
        await Expect(page.Locator("#report-rows tr")).ToHaveCountAsync(2);
        await Expect(januaryRow.Locator("th")).ToHaveTextAsync("Jan 2025");
        Assert.That((await januaryRow.Locator("td").AllInnerTextsAsync()).Take(3), Is.EqualTo(new[] { "3", "2", "1" }));
        Assert.That((await februaryRow.Locator("td").AllInnerTextsAsync()).Take(3), Is.EqualTo(new[] { "6", "6", "0" }));
        Assert.That(await Cell(page, "2025-01", "Forced labour"), Is.EqualTo("2"));
        Assert.That(await Cell(page, "2025-01", "Sexual exploitation"), Is.EqualTo("1"));
        Assert.That(await Cell(page, "2025-02", "Forced labour"), Is.EqualTo("6"));

        Assert.That(await Segment(page, "chart-channel", "2025-01", "sms"), Is.EqualTo("2"));
        Assert.That(await Segment(page, "chart-channel", "2025-01", "voice"), Is.EqualTo("1"));
        Assert.That(await Segment(page, "chart-channel", "2025-02", "sms"), Is.EqualTo("6"));
        Assert.That(await Segment(page, "chart-category", "2025-01", "forced_labour"), Is.EqualTo("2"));
        Assert.That(await Segment(page, "chart-category", "2025-01", "sexual_exploitation"), Is.EqualTo("1"));
        Assert.That(await Segment(page, "chart-category", "2025-02", "forced_labour"), Is.EqualTo("6"));
        var januarySms = await Height(page, "chart-channel", "2025-01", "sms");
        var februarySms = await Height(page, "chart-channel", "2025-02", "sms");
        Assert.That(februarySms / januarySms, Is.EqualTo(3.0).Within(0.01), "bars drawn to scale");
        await Expect(page.Locator("#chart-channel svg[role='img']")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("by channel"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);

        Assert.That(download.SuggestedFilename, Is.EqualTo("hotline-monthly-2025-01-2025-02.csv"));
        Assert.That(csv[0], Does.StartWith("month,contacts,sms,voice"));
        Assert.That(csv.Skip(1).Select(line => string.Join(',', line.Split(',').Take(4))), Is.EqualTo(new[] { "2025-01,3,2,1", "2025-02,6,6,0" }));

        await page.GetByLabel("Suppress small counts").CheckAsync();

        await Expect(januaryRow.Locator("td").First).ToHaveTextAsync("<5");
        Assert.That((await februaryRow.Locator("td").AllInnerTextsAsync()).Take(3), Is.EqualTo(new[] { "6", "6", "0" }));
        await Expect(page.Locator("#report-suppressed")).ToContainTextAsync("suppressed");
        Assert.That(await page.Locator("#chart-channel g.bar[data-month='2025-01'] rect").CountAsync(), Is.Zero, "suppressed counts are not drawn");

        var suppressed = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        var suppressedCsv = await File.ReadAllLinesAsync((await suppressed.PathAsync())!);
        Assert.That(suppressedCsv[1], Does.StartWith("2025-01,<5,<5,<5"));
        Assert.That(dashboard.Problems, Is.Empty);
    }

    static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    static async Task<string?> Segment(IPage page, string chart, string month, string series) =>
        await page.Locator($"#{chart} g.bar[data-month='{month}'] rect[data-series='{series}']").GetAttributeAsync("data-value");

    static async Task<double> Height(IPage page, string chart, string month, string series) =>
        double.Parse((await page.Locator($"#{chart} g.bar[data-month='{month}'] rect[data-series='{series}']").GetAttributeAsync("height"))!, CultureInfo.InvariantCulture);

    // The table cell of a month under the column with this heading.
    static async Task<string> Cell(IPage page, string month, string column)
    {
        var headings = await page.Locator("#report-head th").AllInnerTextsAsync();
        var index = headings.ToList().IndexOf(column);
        Assert.That(index, Is.GreaterThan(0), $"a column {column}");
        return await page.Locator($"#report-rows tr[data-month='{month}'] > *").Nth(index).InnerTextAsync();
    }
}
