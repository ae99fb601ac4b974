using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>What a clerk does on a dossier's page, shared by the nomination scenarios: add a Giấy khen nominee, attach a
/// part of the dossier (PDF).</summary>
public static class DossierSteps
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    public static async Task AddNomineeAsync(IPage page, string kind, string name, string gender, string year, string address, string achievement)
    {
        await page.Locator("#nk").SelectOptionAsync(kind);
        await page.Locator("#nn").FillAsync(name);
        await page.Locator("#ng").SelectOptionAsync(gender);
        await page.Locator("#nb").FillAsync(year);
        await page.Locator("#na").FillAsync(address);
        await page.Locator("#naw").SelectOptionAsync("GK");
        await page.Locator("#nt").FillAsync(achievement);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đối tượng" }).ClickAsync();
        await Expect(page.GetByTestId("nominees")).ToContainTextAsync(name);
    }

    public static async Task AttachAsync(IPage page, string part, string? nominee)
    {
        await page.Locator("#pc").SelectOptionAsync(part);
        await page.Locator("#pn").SelectOptionAsync(nominee is null ? new SelectOptionValue { Value = "" } : new SelectOptionValue { Label = nominee });
        var file = part.ToLowerInvariant() + "-" + (nominee is null ? "ho-so" : Guid.NewGuid().ToString("N")[..6]) + ".pdf";
        await page.Locator("#pf").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm" }).ClickAsync();
        await Expect(page.GetByTestId("files")).ToContainTextAsync(file);
    }

    /// <summary>The appraiser accepts the first <paramref name="count"/> nominees, each with a reason (the registry has
    /// no facts on them, so each fails a criterion), and completes the appraisal.</summary>
    public static async Task AcceptAllAsync(IPage page, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await page.Locator("input[aria-label^='Lý do thẩm định']").Nth(i).FillAsync("Thành tích đã được UBND phường xác nhận");
            await page.GetByRole(AriaRole.Button, new() { Name = "Đạt", Exact = true }).Nth(i).ClickAsync();
            await Expect(page.GetByTestId("nominees").GetByText("Đề nghị khen")).ToHaveCountAsync(i + 1);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành thẩm định" }).ClickAsync();
        await Expect(page.GetByTestId("dossier-status")).ToHaveTextAsync("Đã thẩm định");
    }

    /// <summary>The council's minutes attached and 6 of 7 votes recorded for each nominee, then the result closed.</summary>
    public static async Task RecordCouncilSixOfSevenAsync(IPage page, string minutesFile, IEnumerable<string> names)
    {
        await page.Locator("#pc").SelectOptionAsync("BIEN_BAN_HOI_DONG");
        await page.Locator("#pf").SetInputFilesAsync(new FilePayload { Name = minutesFile, MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm" }).ClickAsync();
        await Expect(page.GetByTestId("files")).ToContainTextAsync(minutesFile);
        foreach (var name in names)
        {
            await page.GetByLabel($"Số phiếu đồng ý {name}").FillAsync("6");
            await page.GetByLabel($"Tổng số thành viên {name}").FillAsync("7");
            await page.GetByLabel($"Tổng số thành viên {name}").Locator("xpath=..").GetByRole(AriaRole.Button, new() { Name = "Ghi" }).ClickAsync();
            await Expect(page.GetByTestId("nominees").Locator("tr", new() { HasText = name })).ToContainTextAsync("6/7 — Đạt");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Chốt kết quả Hội đồng" }).ClickAsync();
        await Expect(page.GetByTestId("dossier-status")).ToHaveTextAsync("Đã có kết quả Hội đồng");
    }

    /// <summary>The signer issues from the preview (issue 12): records the tờ trình's number and date (yyyy-MM-dd), signs
    /// for the chairman.</summary>
    public static async Task IssueForChairmanAsync(IPage page, string letterNumber, string letterDate)
    {
        await page.GetByTestId("decision-preview-link").ClickAsync();
        await page.GetByLabel("Số tờ trình").FillAsync(letterNumber);
        await page.GetByLabel("Ngày tờ trình").FillAsync(letterDate);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi số, ngày tờ trình" }).ClickAsync();
        await Expect(page.GetByTestId("decision-preview")).ToContainTextAsync("Tờ trình số " + letterNumber);
        await page.GetByLabel("Thẩm quyền ký").SelectOptionAsync("ForChairman");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ký ban hành quyết định" }).ClickAsync();
        await Expect(page.GetByTestId("dossier-status")).ToHaveTextAsync("Đã ban hành quyết định");
    }
}
