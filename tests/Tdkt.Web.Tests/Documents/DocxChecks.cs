using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Web.Documents;

namespace Tdkt.Web.Tests.Documents;

/// <summary>What every generated .docx must pass: the Open XML schema (zero validator errors) and Decree 30's page:
/// A4, margins, Times New Roman, page numbers from page 2, lines drawn as paragraph borders; rendered by LibreOffice
/// headless, every page carries text (no blank page).</summary>
public static class DocxChecks
{
    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static void AssertValid(byte[] bytes)
    {
        using var doc = Open(bytes);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    public static void AssertValidXlsx(byte[] bytes)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    /// <summary>A4 portrait, margins 20/20/30/15 mm, Times New Roman default, first page without number, PAGE field in the header.</summary>
    public static void AssertDecree30Page(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart!;
        var sect = main.Document.Body!.Elements<SectionProperties>().Single();
        var size = sect.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        var margin = sect.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701U, 850U), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.NotNull(sect.GetFirstChild<TitlePage>());
        var numbered = (HeaderPart)main.GetPartById(sect.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default).Id!);
        Assert.Contains(numbered.Header.Descendants<SimpleField>(), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
        var first = (HeaderPart)main.GetPartById(sect.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.First).Id!);
        Assert.Empty(first.Header.Descendants<SimpleField>());
        Assert.Equal(Nd30.Font, main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().Ascii!.Value);
        Assert.All(main.Document.Body!.Descendants<FontSize>(), s => Assert.InRange(int.Parse(s.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), 22, 28));
    }

    public static IReadOnlyList<Paragraph> Paragraphs(WordprocessingDocument doc) => [.. doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()];

    public static Paragraph Find(WordprocessingDocument doc, string text) =>
        Paragraphs(doc).First(p => p.InnerText == text);

    public static bool IsBold(Paragraph p) => p.Descendants<Run>().Where(r => r.InnerText.Length > 0).All(r => r.RunProperties?.Bold is not null);

    public static bool IsItalic(Paragraph p) => p.Descendants<Run>().Where(r => r.InnerText.Length > 0).All(r => r.RunProperties?.Italic is not null);

    /// <summary>The horizontal lines: empty paragraphs with a top border (under the body, the motto, the trích yếu).</summary>
    public static int Lines(DocumentFormat.OpenXml.OpenXmlElement element) =>
        element.Descendants<Paragraph>().Count(p => p.ParagraphProperties?.ParagraphBorders?.TopBorder is { } b && b.Val!.Value == BorderValues.Single && p.InnerText.Length == 0);

    /// <summary>The header table (issuing body | motto).</summary>
    public static Table Header(WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!.Elements<Table>().First();

    /// <summary>Renders with LibreOffice headless and returns the text of each page (pdftotext per page).</summary>
    public static async Task<IReadOnlyList<string>> RenderPagesAsync(byte[] docx)
    {
        Assert.True(DocxPdf.IsAvailable, "LibreOffice (libreoffice-writer-nogui) is needed: run scripts/install-prereqs.sh test");
        var pdf = (await DocxPdf.ConvertAsync(docx, TimeSpan.FromSeconds(240), CancellationToken.None))!;
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"tdkt-docs-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        if (Environment.GetEnvironmentVariable("TDKT_DOCS_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            await File.WriteAllBytesAsync(Path.Combine(dump, $"{pdf.Length}.pdf"), pdf); // to look at a rendered page by eye
        }

        try
        {
            var info = await RunAsync("pdfinfo", file);
            var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var texts = new List<string>();
            for (var i = 1; i <= pages; i++)
            {
                texts.Add(await RunAsync("pdftotext", "-f", $"{i}", "-l", $"{i}", "-layout", file, "-"));
            }

            return texts;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        return output;
    }
}
