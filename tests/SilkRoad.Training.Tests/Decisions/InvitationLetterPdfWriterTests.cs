using System.Text;
using SilkRoad.Training.Invitations;
using UglyToad.PdfPig;

namespace SilkRoad.Training.Tests.Decisions;

public sealed class InvitationLetterPdfWriterTests
{
    private static string Extract(InvitationLetterPdfContent content)
    {
        using var output = new MemoryStream();
        InvitationLetterPdfWriter.Write(content, output);
        using var pdf = PdfDocument.Open(output.ToArray());
        Assert.Equal(1, pdf.NumberOfPages);
        return string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
    }

    [Fact]
    public void AChineseLetterHoldsBothNamesAndTheSessionAsText()
    {
        var text = Extract(new InvitationLetterPdfContent("zh", "邀请函", "Ольга Петрова", "Olga Petrova",
            ["尊敬的Ольга Петрова：", "我们很高兴邀请您参加“新能源技术研修班”第118期培训，时间为2027年3月1日至14日。这一句很长，用来检验中文在没有空格的情况下也能换行，不会超出页面的右边距，而且每一个字都能被提取出来。"],
            "丝路国际工程师培训基地 招生办公室"));

        Assert.Contains("邀请函", text, StringComparison.Ordinal);
        Assert.Contains("Olga", text, StringComparison.Ordinal);
        Assert.Contains("Петрова", text, StringComparison.Ordinal);
        Assert.Contains("118", text, StringComparison.Ordinal);
        Assert.Contains("新能源技术研修班", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArabicLetterKeepsNumbersAndLatinNamesInTheirOrder()
    {
        var text = Extract(new InvitationLetterPdfContent("ar", "خطاب دعوة", "محمد منصور", "Mohamed Mansour",
            ["يسرّنا أن ندعوك للمشاركة في الدورة 118 من برنامج «تقنيات الطاقة الجديدة»، من 1 مارس 2027 إلى 14 مارس 2027."], "مكتب القبول"));
        var normalized = text.Normalize(NormalizationForm.FormKC);

        Assert.Contains("Mohamed Mansour", text, StringComparison.Ordinal);
        Assert.Contains("118", text, StringComparison.Ordinal);
        Assert.Contains("2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("7202", text, StringComparison.Ordinal);
        Assert.True(normalized.Contains("الدورة", StringComparison.Ordinal) || new string(normalized.Reverse().ToArray()).Contains("الدورة", StringComparison.Ordinal), text);
    }

    [Fact]
    public void ALongParagraphIsWrappedWithinThePageAndEveryWordKept()
    {
        var words = Enumerable.Range(1, 120).Select(i => $"word{i}").ToList();
        using var output = new MemoryStream();

        InvitationLetterPdfWriter.Write(new InvitationLetterPdfContent("en", "Letter of Invitation", "Ana Pérez", "Ana Perez", [string.Join(' ', words)], "Admissions"), output);

        using var pdf = PdfDocument.Open(output.ToArray());
        var page = pdf.GetPage(1);
        var shown = page.GetWords().ToList();
        Assert.Equal(words.Order(StringComparer.Ordinal), shown.Select(w => w.Text).Where(w => w.StartsWith("word", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(shown, w => Assert.True(w.BoundingBox.Right <= page.Width - 50, $"{w.Text} ends at {w.BoundingBox.Right}"));
    }
}
