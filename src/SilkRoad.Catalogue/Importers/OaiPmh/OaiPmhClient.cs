using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// Sends one ListRecords request to an OAI-PMH repository and reads the answer as a <see cref="HarvestPage"/>,
/// waiting out 503 Service Unavailable answers as the repository asks. <see cref="OaiPmhHarvester"/> pages through a list with it.
/// </summary>
public sealed class OaiPmhClient
{
    private readonly HttpClient _http;
    private readonly OaiPmhOptions _options;
    private readonly TimeProvider _time;

    public OaiPmhClient(HttpClient httpClient, IOptions<OaiPmhOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _http = httpClient;
        _options = options.Value;
        _time = timeProvider;
    }

    public OaiPmhClient(HttpClient httpClient, IOptions<OaiPmhOptions> options)
        : this(httpClient, options, TimeProvider.System)
    {
    }

    /// <summary>
    /// Asks for the first page of a list or, when <paramref name="request"/> has a resumption token, for the page it
    /// continues with. noRecordsMatch is an empty, complete page.
    /// </summary>
    /// <exception cref="OaiPmhException">The repository answered another OAI-PMH error, or no usable response.</exception>
    /// <exception cref="HttpRequestException">An HTTP failure, or still 503 after <see cref="OaiPmhOptions.MaxRetries"/>.</exception>
    public async Task<HarvestPage> ListRecordsAsync(OaiPmhHarvestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = ListRecordsUrl(request);
        using var response = await GetAsync(url, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        // XmlReader reads the body without a token: closing the body on cancellation is what ends a stalled read.
        await using var registration = cancellationToken.Register(static state => ((Stream)state!).Dispose(), body);
        using var reader = new OaiPmhResponseReader(body);
        var records = new List<ParseResult>();
        try
        {
            while (await reader.NextRecordAsync(cancellationToken) is { } record)
                records.Add(OaiDcRecordMapper.Map(record.Element, record.Line, url.ToString(), request.SourceName));
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The harvest was cancelled while a page was being read.", exception, cancellationToken);
        }

        if (reader.Failure is { } failure)
            throw new OaiPmhException(OaiPmhException.InvalidResponseCode, $"{url} gave no usable OAI-PMH response: {failure.Reason}");
        if (reader.Errors.Count > 0)
        {
            if (reader.Errors.All(e => e.Code == OaiPmhException.NoRecordsMatchCode)) return new HarvestPage([], null, reader.ResponseDate);
            var error = reader.Errors.First(e => e.Code != OaiPmhException.NoRecordsMatchCode);
            throw new OaiPmhException(error.Code, $"OAI-PMH request {url} failed: {OaiPmhException.Describe(reader.Errors)}");
        }
        return new HarvestPage(records, reader.ResumptionToken, reader.ResponseDate) { CompleteListSize = reader.CompleteListSize };
    }

    // OAI-PMH 2.0 §3.5: a request that resumes a list carries the verb and the token only; from, set and
    // metadataPrefix are part of the token, and repeating them is a badArgument.
    internal static Uri ListRecordsUrl(OaiPmhHarvestRequest request)
    {
        var query = new StringBuilder("verb=ListRecords");
        if (request.ResumptionToken is { } token)
        {
            Append("resumptionToken", token);
        }
        else
        {
            Append("metadataPrefix", request.MetadataPrefix);
            if (!string.IsNullOrEmpty(request.Set)) Append("set", request.Set);
            if (!string.IsNullOrEmpty(request.From)) Append("from", request.From);
        }
        var baseUrl = request.BaseUrl.GetLeftPart(UriPartial.Path);
        var existing = request.BaseUrl.Query.TrimStart('?');
        return new Uri(existing.Length == 0 ? $"{baseUrl}?{query}" : $"{baseUrl}?{existing}&{query}");

        void Append(string name, string value) => query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    private async Task<HttpResponseMessage> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode) return response;

            var status = response.StatusCode;
            var retryAfter = response.Headers.RetryAfter;
            response.Dispose();
            if (status != HttpStatusCode.ServiceUnavailable)
                throw new HttpRequestException($"OAI-PMH request {url} answered HTTP {(int)status} {status}.", null, status);
            if (retry >= _options.MaxRetries)
            {
                throw new HttpRequestException(
                    $"OAI-PMH request {url} was still refused with 503 after {_options.MaxRetries} retries.", null, status);
            }
            await Task.Delay(RetryWait(retryAfter), _time, cancellationToken);
        }
    }

    // Retry-After is seconds or an HTTP-date (RFC 9110 §10.2.3); either way the wait is capped by MaxRetryWait.
    private TimeSpan RetryWait(RetryConditionHeaderValue? retryAfter)
    {
        var wait = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow(),
            _ => _options.DefaultRetryWait,
        };
        if (wait < TimeSpan.Zero) return TimeSpan.Zero;
        return wait > _options.MaxRetryWait ? _options.MaxRetryWait : wait;
    }
}
