using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// Walks one OAI-PMH response with an <see cref="XmlReader"/>, handing out one <c>&lt;record&gt;</c> at a time and
/// noting the envelope (responseDate, errors, resumptionToken) as it passes. A ListRecords page or a saved dump can
/// hold thousands of records, so the document is never loaded whole.
/// </summary>
internal sealed class OaiPmhResponseReader : IDisposable
{
    private readonly XmlReader _reader;
    private readonly List<OaiPmhError> _errors = [];
    private bool _started;
    private bool _finished;

    public OaiPmhResponseReader(Stream input)
    {
        _reader = XmlReader.Create(input, new XmlReaderSettings
        {
            Async = true,
            // Ignore, not Parse: no entity expansion from a remote document, and a stray DOCTYPE is no reason to fail.
            DtdProcessing = DtdProcessing.Ignore,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        });
    }

    public string? ResponseDate { get; private set; }

    /// <summary>The errors the repository reported; a response may carry several (OAI-PMH 2.0 §3.6).</summary>
    public IReadOnlyList<OaiPmhError> Errors => _errors;

    /// <summary>
    /// The token that continues the list, or null when the response had none or an empty one: OAI-PMH 2.0 §3.5, a
    /// resumptionToken with no text means the list is complete. Known only once <see cref="NextRecordAsync"/> has
    /// returned null, since the token follows the records.
    /// </summary>
    public string? ResumptionToken { get; private set; }

    public long? CompleteListSize { get; private set; }

    /// <summary>Set when the document broke off or is not an OAI-PMH response; nothing more is read after it.</summary>
    public OaiPmhReadFailure? Failure { get; private set; }

    /// <summary>The next record, or null at the end of the document or at a <see cref="Failure"/>.</summary>
    public async Task<OaiPmhRecordElement?> NextRecordAsync(CancellationToken cancellationToken)
    {
        if (_finished) return null;
        try
        {
            var record = await ReadToNextRecordAsync(cancellationToken);
            _finished = record is null;
            return record;
        }
        catch (XmlException exception)
        {
            _finished = true;
            Failure = new OaiPmhReadFailure(exception.LineNumber,
                $"broken XML at line {exception.LineNumber}, position {exception.LinePosition}: {exception.Message}");
            return null;
        }
    }

    private async Task<OaiPmhRecordElement?> ReadToNextRecordAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            _started = true;
            await _reader.MoveToContentAsync();
            if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "OAI-PMH"
                || _reader.NamespaceURI != OaiPmhNamespaces.Oai.NamespaceName)
            {
                Failure = new OaiPmhReadFailure(CurrentLine,
                    $"not an OAI-PMH response: the document starts with <{_reader.Name}>, not <OAI-PMH> in {OaiPmhNamespaces.Oai.NamespaceName}");
                return null;
            }
            await _reader.ReadAsync();
        }

        while (!_reader.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_reader.NodeType == XmlNodeType.Element && _reader.NamespaceURI == OaiPmhNamespaces.Oai.NamespaceName)
            {
                // The Read…Content calls leave the reader on the node after the element, so each case skips the Read below.
                switch (_reader.LocalName)
                {
                    case "record":
                        var line = CurrentLine;
                        var element = (XElement)await XNode.ReadFromAsync(_reader, cancellationToken);
                        return new OaiPmhRecordElement(element, line);
                    case "responseDate":
                        ResponseDate = (await _reader.ReadElementContentAsStringAsync()).Trim();
                        continue;
                    case "error":
                        var errorLine = CurrentLine;
                        var code = _reader.GetAttribute("code") ?? "";
                        var message = await _reader.ReadElementContentAsStringAsync();
                        _errors.Add(new OaiPmhError(code, OaiDcRecordMapper.Collapse(message) ?? "", errorLine));
                        continue;
                    case "resumptionToken":
                        CompleteListSize = long.TryParse(_reader.GetAttribute("completeListSize"), NumberStyles.None,
                            CultureInfo.InvariantCulture, out var size) ? size : null;
                        var token = (await _reader.ReadElementContentAsStringAsync()).Trim();
                        ResumptionToken = token.Length == 0 ? null : token;
                        continue;
                }
            }
            await _reader.ReadAsync();
        }
        return null;
    }

    private long CurrentLine => _reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public void Dispose() => _reader.Dispose();
}
