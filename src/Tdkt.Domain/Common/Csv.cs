using System.Text;

namespace Tdkt.Domain.Common;

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, comma or semicolon separator
/// (Excel in Vietnamese locale saves with semicolons). Line numbers are 1-based file lines.</summary>
public static class Csv
{
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    public static IReadOnlyList<Row> Read(string text)
    {
        var rows = new List<Row>();
        if (string.IsNullOrEmpty(text))
        {
            return rows;
        }

        if (text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var header = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var sep = header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';

        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            if (ch == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (ch == sep)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                AddRow(rows, rowLine, fields);
                fields = [];
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            AddRow(rows, rowLine, fields);
        }

        return rows;
    }

    private static void AddRow(List<Row> rows, int line, List<string> fields)
    {
        if (fields.All(string.IsNullOrWhiteSpace))
        {
            return; // blank lines carry nothing
        }

        rows.Add(new Row(line, fields));
    }
}
