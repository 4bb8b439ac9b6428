using System.Text;
using SilkRoad.Training.Certificates;
using UglyToad.PdfPig;

namespace SilkRoad.Training.Tests.Certificates;

public sealed class CertificatePdfWriterTests
{
    private static readonly Uri Verify = new("https://training.example.org/zh/verify/7KQ2-M9XD-4RTB-H0WE");

    private static string Extract(CertificatePdfContent content)
    {
        using var output = new MemoryStream();
        CertificatePdfWriter.Write(content, output);
        var bytes = output.ToArray();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(1, pdf.NumberOfPages);
        return string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
    }

    [Fact]
    public void AChineseCertificateHasItsTextCodeAndVerifyUrlExtractable()
    {
        var text = Extract(new CertificatePdfContent("zh", "结业证书", "张伟", ["新能源技术研修班", "第101期，2019年5月6日至19日"], "7KQ2-M9XD-4RTB-H0WE", Verify));

        Assert.Contains("结业证书", text, StringComparison.Ordinal);
        Assert.Contains("新能源技术研修班", text, StringComparison.Ordinal);
        Assert.Contains("7KQ2-M9XD-4RTB-H0WE", text, StringComparison.Ordinal);
        Assert.Contains(Verify.AbsoluteUri, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArabicCertificateIsShapedAndItsWordsExtractable()
    {
        var text = Extract(new CertificatePdfContent("ar", "شهادة إتمام", "محمد منصور", ["ندوة: تقنيات الطاقة الجديدة"], "7KQ2-M9XD-4RTB-H0WE", Verify));
        var normalized = text.Normalize(NormalizationForm.FormKC);

        Assert.Contains("7KQ2-M9XD-4RTB-H0WE", text, StringComparison.Ordinal);
        Assert.Contains(Verify.AbsoluteUri, text, StringComparison.Ordinal);
        Assert.True(normalized.Contains("شهادة", StringComparison.Ordinal) || Reverse(normalized).Contains("شهادة", StringComparison.Ordinal), text);
    }

    [Fact]
    public void NumbersAndLatinNamesInAnArabicLineKeepTheirOwnOrder()
    {
        var text = Extract(new CertificatePdfContent("ar", "شهادة إتمام", "Сергей Иванов", ["الدورة 118، من 6 مايو 2019"], "7KQ2-M9XD-4RTB-H0WE", Verify));

        Assert.Contains("2019", text, StringComparison.Ordinal);
        Assert.Contains("118", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9102", text, StringComparison.Ordinal);
        Assert.Matches("Сергей\\s*Иванов", text);
    }

    [Fact]
    public void ARussianCertificateKeepsCyrillic()
    {
        var text = Extract(new CertificatePdfContent("ru", "Свидетельство об окончании", "Ольга Петрова", ["Набор № 150"], "7KQ2-M9XD-4RTB-H0WE", Verify));

        Assert.Contains("Свидетельство", text, StringComparison.Ordinal);
        Assert.Contains("Петрова", text, StringComparison.Ordinal);
    }

    private static string Reverse(string text) => new(text.Reverse().ToArray());
}
