using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Notices;

namespace Tdkt.Domain.Tests.Notices;

public sealed class PublicNoticeTests
{
    private static readonly Actor Appraiser = new("u1", "Chuyên viên thẩm định", new DateTimeOffset(2024, 3, 4, 2, 0, 0, TimeSpan.Zero));

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-03-04", 10, "2024-03-15")] // Monday: two plain weeks
    [InlineData("2024-03-09", 10, "2024-03-22")] // Saturday start: the first working day is Monday 11/03
    [InlineData("2024-04-15", 10, "2024-04-29")] // Giỗ Tổ 18/04 is skipped
    [InlineData("2024-04-22", 10, "2024-05-07")] // 30/04 and 01/05 are skipped
    [InlineData("2024-02-05", 10, "2024-02-23")] // Tết 08–14/02/2024 is skipped
    [InlineData("2024-03-04", 1, "2024-03-04")] // one working day: the start day itself
    [InlineData("2024-03-08", 2, "2024-03-11")] // Friday + Monday
    public void EndOf_CountsWorkingDaysFromTheStartDay(string start, int days, string end) =>
        Assert.Equal(D(end), PublicNoticePolicy.EndOf(D(start), days, WorkingCalendar.Default));

    [Fact]
    public void EndOf_UsesTheEditedHolidayTable()
    {
        // A province-declared day off on Wednesday 06/03/2024 moves the end by one working day.
        var calendar = new WorkingCalendar(VietnamHolidays.Defaults.Select(h => h.Date).Append(D("2024-03-06")));
        Assert.Equal(D("2024-03-18"), PublicNoticePolicy.EndOf(D("2024-03-04"), 10, calendar));
    }

    [Fact]
    public void Notice_IsOpenFromStartToEndInclusive_ThenEnded()
    {
        var n = PublicNotice.Publish(7, "Lấy ý kiến nhân dân", D("2024-03-04"), D("2024-03-04"), PublicNoticePolicy.Default,
            WorkingCalendar.Default, 1, Appraiser).Value!;
        Assert.Equal(D("2024-03-15"), n.EndDate);
        Assert.False(n.IsOpen(D("2024-03-03")));
        Assert.True(n.IsOpen(D("2024-03-04")));
        Assert.True(n.IsOpen(D("2024-03-15")));
        Assert.False(n.HasEnded(D("2024-03-15")));
        Assert.True(n.HasEnded(D("2024-03-16")));
    }

    [Fact]
    public void Publish_InThePast_IsRefusedNamingTheField()
    {
        var r = PublicNotice.Publish(7, "Lấy ý kiến", D("2024-03-01"), D("2024-03-04"), PublicNoticePolicy.Default, WorkingCalendar.Default, 1, Appraiser);
        var v = Assert.IsType<ValidationError>(r.Error);
        Assert.Equal("StartDate", v.Field);
        Assert.Contains("Ngày bắt đầu công khai", v.Message);
    }

    [Fact]
    public void Policy_LawRequiresOrdersAndCstdToanQuoc_ProvinceMayAddCstdTinh()
    {
        var basis = LegalBasis.Nd152_2025;
        var hcld = DefaultCatalogue.For(AwardCodes.Hcld3, basis).Value!;
        var tq = DefaultCatalogue.For(AwardCodes.CstdTq, basis).Value!;
        var tinh = DefaultCatalogue.For(AwardCodes.CstdTinh, basis).Value!;
        var gk = DefaultCatalogue.For(AwardCodes.Gk, basis).Value!;
        Assert.True(PublicNoticePolicy.Default.Requires(hcld));
        Assert.True(PublicNoticePolicy.Default.Requires(tq));
        Assert.False(PublicNoticePolicy.Default.Requires(tinh));
        Assert.False(PublicNoticePolicy.Default.Requires(gk));
        var province = PublicNoticePolicy.Default with { ExtraAwardCodes = new HashSet<string> { AwardCodes.CstdTinh } };
        Assert.True(province.Requires(tinh));
        Assert.False(province.Requires(gk));
    }

    private static (PublicNotice, PublicNoticeEntry) Open()
    {
        var notice = PublicNotice.Publish(7, "Lấy ý kiến", D("2024-03-04"), D("2024-03-04"), PublicNoticePolicy.Default, WorkingCalendar.Default, 1, Appraiser).Value!;
        var nominee = Nominee.Create(1, new NomineeData(SubjectKind.Individual, "Lò Văn Minh", "Nam", 1982, null, null, null, null, null,
            "012345678901", AwardCodes.CstdTq, "Sáng kiến cấp tỉnh"), s => "enc:" + s).Value!;
        return (notice, PublicNoticeEntry.From(notice, nominee, "Phường Tân Phong", "Chiến sĩ thi đua toàn quốc"));
    }

    [Theory]
    [InlineData("", "0912345678", "Người này khai man thành tích năm 2023.", "SenderName")]
    [InlineData("Nguyễn Văn A", "", "Người này khai man thành tích năm 2023.", "Contact")]
    [InlineData("Nguyễn Văn A", "gọi tôi", "Người này khai man thành tích năm 2023.", "Contact")]
    [InlineData("Nguyễn Văn A", "a@b", "Người này khai man thành tích năm 2023.", "Contact")]
    [InlineData("Nguyễn Văn A", "0912 345 678", "", "Content")]
    [InlineData("Nguyễn Văn A", "a@example.vn", "ngắn", "Content")]
    public void Objection_BadInput_NamesTheField(string name, string contact, string content, string field)
    {
        var (notice, entry) = Open();
        var r = NoticeObjection.Submit(notice, entry, name, contact, content, D("2024-03-05"), Appraiser.At);
        Assert.Equal(field, Assert.IsType<ValidationError>(r.Error).Field);
    }

    [Fact]
    public void Objection_TooLong_IsRefused_AndAfterThePeriod_IsClosed()
    {
        var (notice, entry) = Open();
        var longText = new string('x', NoticeObjection.ContentMaxLength + 1);
        Assert.Contains("tối đa 2000", NoticeObjection.Submit(notice, entry, "A", "0912345678", longText, D("2024-03-05"), Appraiser.At).Error!.Message);
        Assert.IsType<ConflictError>(NoticeObjection.Submit(notice, entry, "A", "0912345678", "Nội dung phản ánh đủ dài", D("2024-03-16"), Appraiser.At).Error);
    }

    [Fact]
    public void Resolve_IsRecordedOnce_AndRejectOnlyWhenFounded()
    {
        var (notice, entry) = Open();
        var o = NoticeObjection.Submit(notice, entry, "Nguyễn Văn A", "+84 912 345 678", "Thành tích sáng kiến chưa được nghiệm thu.", D("2024-03-05"), Appraiser.At).Value!;
        Assert.True(o.IsOpen);
        Assert.Equal("RejectNominee", Assert.IsType<ValidationError>(o.Resolve(ObjectionOutcome.Unfounded, "Đã xác minh", true, Appraiser).Error).Field);
        Assert.True(o.Resolve(ObjectionOutcome.Founded, "Đã xác minh với Sở Khoa học: chưa nghiệm thu.", true, Appraiser).IsSuccess);
        Assert.True(o.NomineeRejected);
        Assert.IsType<ConflictError>(o.Resolve(ObjectionOutcome.Unfounded, "Lần hai", false, Appraiser).Error);
        Assert.Equal(ObjectionOutcome.Founded, o.Outcome);
    }
}
