using System.Text;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Common;

public sealed class VietnameseTextTests
{
    [Fact]
    public void Normalize_DecomposedInput_EqualsComposed()
    {
        var nfd = "Nguyễn".Normalize(NormalizationForm.FormD);
        var nfc = "Nguyễn".Normalize(NormalizationForm.FormC);
        Assert.NotEqual(nfd, nfc);

        Assert.Equal(nfc, VietnameseText.Normalize(nfd));
    }

    [Fact]
    public void Normalize_ExtraWhitespace_IsCollapsedAndTrimmed()
    {
        Assert.Equal("Phường Tân Phong", VietnameseText.Normalize("  Phường \t Tân   Phong \n"));
        Assert.Equal(string.Empty, VietnameseText.Normalize(null));
    }

    [Fact]
    public void Fold_RemovesDiacriticsAndFoldsD()
    {
        Assert.Equal("doan ket", VietnameseText.Fold("Đoàn Kết"));
        Assert.Equal("ngay hieu luc", VietnameseText.Fold("Ngày hiệu lực"));
    }

    [Fact]
    public void Fold_DecomposedAndComposed_FoldAlike()
    {
        Assert.Equal(VietnameseText.Fold("Sì Lở Lầu"), VietnameseText.Fold("Sì Lở Lầu".Normalize(NormalizationForm.FormD)));
    }
}
