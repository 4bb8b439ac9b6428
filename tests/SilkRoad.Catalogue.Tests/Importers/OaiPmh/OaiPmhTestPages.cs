namespace SilkRoad.Catalogue.Tests.Importers.OaiPmh;

/// <summary>
/// The responses <see cref="OaiPmhTestRepository"/> serves: a ListRecords list of three pages (Chinese and Arabic;
/// Russian and a deleted record; English and Spanish), a one-page list without a resumptionToken, and error documents.
/// </summary>
internal static class OaiPmhTestPages
{
    public const string FirstResponseDate = "2024-05-01T10:00:00Z";
    public const string SecondToken = "eng!2024-01-01!2";
    public const string ThirdToken = "eng!2024-01-01!4";

    public static string Page1 => Page(FirstResponseDate, $"""
        <record>
          <header>
            <identifier>oai:repo.test:1</identifier>
            <datestamp>2024-04-02T03:04:05Z</datestamp>
            <setSpec>eng</setSpec>
          </header>
          <metadata>
            {Dc("""
              <dc:title xml:lang="zh">城市地下综合管廊抗震设计方法</dc:title>
              <dc:creator>张伟</dc:creator>
              <dc:date>2023-09-01</dc:date>
              <dc:type>info:eu-repo/semantics/article</dc:type>
              <dc:identifier>https://doi.org/10.3969/j.issn.1000-131X.2023.09.004</dc:identifier>
            """)}
          </metadata>
        </record>
        <record>
          <header>
            <identifier>oai:repo.test:2</identifier>
            <datestamp>2024-04-03T00:00:00Z</datestamp>
          </header>
          <metadata>
            {Dc("""
              <dc:title xml:lang="ar">تصميم شبكات الري بالتنقيط باستخدام الطاقة الشمسية</dc:title>
              <dc:creator>فاطمة الزهراء</dc:creator>
              <dc:date>2022</dc:date>
              <dc:type>info:eu-repo/semantics/masterThesis</dc:type>
            """)}
          </metadata>
        </record>
        <resumptionToken completeListSize="6" cursor="0">{SecondToken}</resumptionToken>
        """);

    public static string Page2 => Page("2024-05-01T10:00:05Z", $"""
        <record>
          <header>
            <identifier>oai:repo.test:3</identifier>
            <datestamp>2024-04-04T00:00:00Z</datestamp>
          </header>
          <metadata>
            {Dc("""
              <dc:title>Устойчивость откосов земляного полотна при оттаивании мёрзлых грунтов</dc:title>
              <dc:creator>Петрова, Анна</dc:creator>
              <dc:language>ru</dc:language>
              <dc:date>2021-02-10</dc:date>
            """)}
          </metadata>
        </record>
        <record>
          <header status="deleted">
            <identifier>oai:repo.test:4</identifier>
            <datestamp>2024-04-05T00:00:00Z</datestamp>
          </header>
        </record>
        <resumptionToken completeListSize="6" cursor="2">{ThirdToken}</resumptionToken>
        """);

    // OAI-PMH 2.0 §3.5: the last page of a list carries an empty resumptionToken.
    public static string Page3 => Page("2024-05-01T10:00:09Z", $"""
        <record>
          <header>
            <identifier>oai:repo.test:5</identifier>
            <datestamp>2024-04-06T00:00:00Z</datestamp>
          </header>
          <metadata>
            {Dc("""
              <dc:title xml:lang="en">Life-cycle assessment of timber high-rise buildings</dc:title>
              <dc:date>2020</dc:date>
            """)}
          </metadata>
        </record>
        <record>
          <header>
            <identifier>oai:repo.test:6</identifier>
            <datestamp>2024-04-07T00:00:00Z</datestamp>
          </header>
          <metadata>
            {Dc("""
              <dc:title xml:lang="es">Evaluación de puentes de hormigón pretensado</dc:title>
              <dc:date>2019</dc:date>
            """)}
          </metadata>
        </record>
        <resumptionToken completeListSize="6" cursor="4"/>
        """);

    /// <summary>A complete list in one response, with no resumptionToken element at all.</summary>
    public static string SinglePage => Page("2024-05-02T08:00:00Z", $"""
        <record>
          <header>
            <identifier>oai:repo.test:7</identifier>
            <datestamp>2024-04-08T00:00:00Z</datestamp>
          </header>
          <metadata>
            {Dc("""<dc:title>Wind loads on long-span roofs</dc:title>""")}
          </metadata>
        </record>
        """);

    /// <summary>A page that breaks off inside a record, as a response cut by a proxy does.</summary>
    public static string Broken => Page1[..Page1.IndexOf("</metadata>", StringComparison.Ordinal)];

    public static string Error(string code, string message = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
          <responseDate>2024-05-01T11:00:00Z</responseDate>
          <request>http://repo.test/oai</request>
          <error code="{code}">{message}</error>
        </OAI-PMH>
        """;

    private static string Page(string responseDate, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
          <responseDate>{responseDate}</responseDate>
          <request verb="ListRecords">http://repo.test/oai</request>
          <ListRecords>
        {body}
          </ListRecords>
        </OAI-PMH>
        """;

    private static string Dc(string elements) => $"""
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        {elements}
        </oai_dc:dc>
        """;
}
