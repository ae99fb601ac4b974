using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Tests.Organizations;

public sealed class OrgUnitImportTests
{
    private const string Header = "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cha,Ngày hiệu lực,Ngày hết hiệu lực";

    private static readonly Dictionary<string, ExistingUnit> Existing = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LCH"] = new("LCH", InCallerScope: true, new DateOnly(2004, 1, 1), null),
        ["LCH-PT"] = new("LCH-PT", InCallerScope: true, new DateOnly(2004, 1, 1), new DateOnly(2025, 6, 30)),
        ["KHA"] = new("KHA", InCallerScope: false, new DateOnly(1989, 7, 1), null),
    };

    private static OrgUnitImport.Outcome Validate(params string[] lines) =>
        OrgUnitImport.Validate(string.Join("\n", lines), Existing);

    [Fact]
    public void Validate_ValidFileWithParentInFile_ReturnsRowsParentsFirst()
    {
        var outcome = Validate(Header,
            "LCH-SXD-TT,Trung tâm thuộc Sở,trung tâm,LCH-SXD,01/03/2010,",
            "lch-sxd,Sở Xây dựng,sở,LCH,01/01/2004,");

        Assert.True(outcome.IsValid);
        Assert.Equal(["LCH-SXD", "LCH-SXD-TT"], outcome.Rows.Select(r => r.Code));
        Assert.Equal(OrgUnitKind.PublicServiceUnit, outcome.Rows[1].Kind);
        Assert.Equal(new DateOnly(2010, 3, 1), outcome.Rows[1].ValidFrom);
    }

    [Fact]
    public void Validate_MissingHeader_NamesTheColumn()
    {
        var outcome = Validate("Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cha,Ngày hiệu lực", "X,Y,xã,LCH,01/07/2025");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(1, error.Line);
        Assert.Equal(OrgUnitImport.ValidToHeader, error.Column);
        Assert.Empty(outcome.Rows);
    }

    [Fact]
    public void Validate_HeadersWithoutDiacritics_AreAccepted()
    {
        var outcome = Validate("ma don vi,ten don vi,loai don vi,ma don vi cha,ngay hieu luc,ngay het hieu luc",
            "LCH-X1,Xã Một,xã,LCH,01/07/2025,");

        Assert.True(outcome.IsValid);
    }

    [Fact]
    public void Validate_BadDateAtLine3_ReportsLine3AndValidFromColumn()
    {
        var outcome = Validate(Header,
            "LCH-X1,Xã Một,xã,LCH,01/07/2025,",
            "LCH-X2,Xã Hai,xã,LCH,31/02/2025,");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("Ngày hiệu lực", error.Column);
        Assert.StartsWith("Dòng 3, cột \"Ngày hiệu lực\":", error.ToString());
        Assert.Empty(outcome.Rows);
    }

    [Fact]
    public void Validate_DuplicateCodeWithinFile_ReportsSecondLine()
    {
        var outcome = Validate(Header,
            "LCH-X1,Xã Một,xã,LCH,01/07/2025,",
            "lch-x1,Xã Một bis,xã,LCH,01/07/2025,");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal(OrgUnitImport.CodeHeader, error.Column);
        Assert.Contains("dòng 2", error.Message);
    }

    [Fact]
    public void Validate_CodeAlreadyStored_IsRejected()
    {
        var outcome = Validate(Header, "LCH-PT,Huyện trùng,huyện,LCH,01/01/2004,");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(OrgUnitImport.CodeHeader, error.Column);
        Assert.Contains("đã có", error.Message);
    }

    [Fact]
    public void Validate_ParentCycleInFile_IsRejected()
    {
        var outcome = Validate(Header,
            "A1,Đơn vị A,phòng,B1,01/01/2020,",
            "B1,Đơn vị B,phòng,A1,01/01/2020,");

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Errors, e => e.Column == OrgUnitImport.ParentHeader && e.Message.Contains("vòng lặp"));
        Assert.Empty(outcome.Rows);
    }

    [Fact]
    public void Validate_ParentOutsideCallerScope_IsRejected()
    {
        var outcome = Validate(Header, "KHA-X,Xã thuộc Khánh Hòa,xã,KHA,01/07/2025,");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(OrgUnitImport.ParentHeader, error.Column);
    }

    [Fact]
    public void Validate_OpenChildOfClosedParent_IsRejected()
    {
        var outcome = Validate(Header, "LCH-PT-X,Xã mới,xã,LCH-PT,01/01/2010,");

        Assert.Equal(OrgUnitImport.ParentHeader, Assert.Single(outcome.Errors).Column);
    }

    [Fact]
    public void Validate_ValidToBeforeValidFrom_ReportsValidToColumn()
    {
        var outcome = Validate(Header, "LCH-X1,Xã Một,xã,LCH,01/07/2025,30/06/2025");

        Assert.Equal(OrgUnitImport.ValidToHeader, Assert.Single(outcome.Errors).Column);
    }

    [Fact]
    public void Validate_QuotedNameWithCommaAndSemicolonSeparator_Parses()
    {
        var outcome = OrgUnitImport.Validate(
            "Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cha;Ngày hiệu lực;Ngày hết hiệu lực\n" +
            "LCH-TT;\"Trung tâm Văn hóa; Thể thao, Du lịch\";trung tâm;LCH;01/01/2010;\n",
            Existing);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors));
        Assert.Equal("Trung tâm Văn hóa; Thể thao, Du lịch", Assert.Single(outcome.Rows).Name);
    }

    [Fact]
    public void Validate_QuotedFieldWithCommaInCommaFile_Parses()
    {
        var outcome = Validate(Header, "LCH-TT,\"Trung tâm Văn hóa, Thể thao\",trung tâm,LCH,01/01/2010,");

        Assert.Equal("Trung tâm Văn hóa, Thể thao", Assert.Single(outcome.Rows).Name);
    }

    [Fact]
    public void Validate_UnknownKindAndMissingParent_ReportsAllErrorsOrderedByLine()
    {
        var outcome = Validate(Header,
            "LCH-X1,Xã Một,ấp,LCH,01/07/2025,",
            "LCH-X2,Xã Hai,xã,,01/07/2025,");

        Assert.Equal([2, 3], outcome.Errors.Select(e => e.Line));
        Assert.Equal(OrgUnitImport.KindHeader, outcome.Errors[0].Column);
        Assert.Equal(OrgUnitImport.ParentHeader, outcome.Errors[1].Column);
    }

    [Fact]
    public void Validate_EmptyFile_ReportsOneError()
    {
        var outcome = OrgUnitImport.Validate(string.Empty, Existing);

        Assert.Equal(0, Assert.Single(outcome.Errors).Line);
    }
}
