using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning.Import;

/// <summary>
/// One non-blank, non-table line of the document with its markdown marks read and removed. Lines of a .docx
/// arrive the same way (one paragraph a line), only without marks.
/// </summary>
internal sealed partial class PlanLine
{
    private PlanLine(int index, string text, string? head, string? rest, bool marked)
    {
        Index = index;
        Text = text;
        Head = head;
        Rest = rest;
        Marked = marked;
    }

    /// <summary>0-based index of the source line.</summary>
    public int Index { get; }

    /// <summary>The line without marks, white space collapsed (NFC).</summary>
    public string Text { get; private set; }

    /// <summary>The bold lead of the line ("1. Thời gian:" of "**1. Thời gian:** Dự kiến..."), when there is one.</summary>
    public string? Head { get; }

    /// <summary>What follows the bold lead on the same line.</summary>
    public string? Rest { get; private set; }

    /// <summary>The whole line is a markdown heading or bold: the author meant it as a heading.</summary>
    public bool Marked { get; }

    public string Folded => VietnameseText.Fold(Text);

    /// <summary>1 roman numeral (section), 2 "1.", 3 "1.1.", 4 "a)", 5 bullet, 0 plain paragraph.</summary>
    public int Level => Text switch
    {
        _ when Roman().IsMatch(Text) => 1,
        _ when SubNumber().IsMatch(Text) => 3,
        _ when Number().IsMatch(Text) => 2,
        _ when Letter().IsMatch(Text) => 4,
        _ when Bullet().IsMatch(Text) => 5,
        _ => 0,
    };

    /// <summary>The text without its numbering or bullet ("Thời gian: ..." of "1. Thời gian: ...").</summary>
    public string Unnumbered => StripNumbering(Text);

    public static PlanLine? Read(int index, string raw)
    {
        var s = raw.Trim();
        var marked = false;
        if (HeadingMarks().Match(s) is { Success: true } h)
        {
            marked = true;
            s = s[h.Length..];
        }

        string? head = null, rest = null;
        if (BoldLead().Match(s) is { Success: true } b)
        {
            head = Clean(b.Groups["h"].Value);
            rest = Clean(b.Groups["r"].Value);
            if (rest.Length == 0)
            {
                marked = true;
                rest = null;
            }
        }

        var text = Clean(s);
        return text.Length == 0 ? null : new PlanLine(index, text, head?.Length == 0 ? null : head, rest, marked);
    }

    /// <summary>Joins a paragraph broken by a page break ("... kịp" + "thời phản ánh...").</summary>
    public void Append(string text)
    {
        Text = Text + " " + text;
        if (Rest is not null)
        {
            Rest = Rest + " " + text;
        }
    }

    public static string Clean(string s) => VietnameseText.Normalize(s.Replace("*", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal));

    public static string StripNumbering(string s) => Numbering().Replace(s, string.Empty).Trim();

    /// <summary>Share of upper-case letters (headings are written in capitals).</summary>
    public static double UpperShare(string s)
    {
        int letters = 0, upper = 0;
        foreach (var ch in s)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch))
                {
                    upper++;
                }
            }
        }

        return letters == 0 ? 0 : (double)upper / letters;
    }

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^(\*{2,3}|_{2})(?<h>[^*]+?)\*{2,3}\s*(?<r>.*)$")]
    private static partial Regex BoldLead();

    [GeneratedRegex(@"^[IVXL]{1,6}\s*[.)]\s*\S")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.?\s*\S")]
    private static partial Regex SubNumber();

    [GeneratedRegex(@"^\d{1,2}\s*[.)]\s*\S")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[a-zđ]\)\s*\S")]
    private static partial Regex Letter();

    [GeneratedRegex(@"^[-–•+]\s*\S")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(\d{1,2}(\.\d{1,2})*\s*[.)]|\d{1,2}\.\d{1,2}|[a-zđ]\)|[-–•+])\s*")]
    private static partial Regex Numbering();
}
