using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SilkRoad.EndToEnd.Tests.BrowserPortal;

namespace SilkRoad.EndToEnd.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AutocompleteTests(BrowserPortal browser)
{
    public static TheoryData<string, string, string> PrefixesInTheirCultures() => new()
    {
        // culture, what the reader types, a completion the demo catalogue offers for it
        { "en", "phot", "Self-cleaning anti-soiling coating system for photovoltaic modules in desert environments" },
        { "zh", "光", "光伏发电站智能运维技术规范" },
        { "ar", "جس", "هندسة الجسور الخرسانية سابقة الإجهاد" },
        { "ru", "пов", "Повышение эффективности буровзрывных работ на апатит-нефелиновых карьерах Кольского полуострова" },
    };

    [Theory]
    [MemberData(nameof(PrefixesInTheirCultures))]
    public async Task AReaderTypesAPrefixAndPicksASuggestionWithTheKeyboard(string culture, string prefix, string completion)
    {
        var page = await browser.OpenAsync($"/{culture}/");
        var violations = ContentSecurityViolations(page);
        try
        {
            await page.ReloadAsync(); // now that the console is listened to
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", culture) });
            await box.PressSequentiallyAsync(prefix);

            var list = page.GetByRole(AriaRole.Listbox, new() { Name = T("Suggest.Label", culture) });
            await Assertions.Expect(list).ToBeVisibleAsync();
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
            var option = list.GetByRole(AriaRole.Option, new() { Name = completion });
            await Assertions.Expect(option).ToBeVisibleAsync();
            var options = await list.GetByRole(AriaRole.Option).AllAsync();
            var position = 0;
            while (await options[position].GetAttributeAsync("id") != await option.GetAttributeAsync("id")) position++;
            for (var i = 0; i <= position; i++) await box.PressAsync("ArrowDown");
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await option.GetAttributeAsync("id"))!);
            await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
            await box.PressAsync("Enter");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{culture}/search\\?q="));
            await Assertions.Expect(box).ToHaveValueAsync(completion);
            await Assertions.Expect(page.Locator("a.hit-title").First).ToHaveTextAsync(completion);
            Assert.Empty(violations);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task AReaderPicksASuggestionWithTheMouse()
    {
        var page = await browser.OpenAsync("/zh/search?q=bridge");
        try
        {
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", "zh") });
            await box.FillAsync("中");
            await page.GetByRole(AriaRole.Option, new() { Name = "中老铁路万象南站智能化货运场站投入使用" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/zh/search\\?q=%E4%B8%AD"));
            await Assertions.Expect(page.Locator("a.hit-title").First).ToHaveTextAsync("中老铁路万象南站智能化货运场站投入使用");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task EscapeClosesTheListAndKeepsWhatWasTyped()
    {
        var page = await browser.OpenAsync("/en/");
        try
        {
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", "en") });
            await box.PressSequentiallyAsync("so");
            await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
            await box.PressAsync("ArrowDown");

            await box.PressAsync("Escape");

            await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
            await Assertions.Expect(box).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));
            await Assertions.Expect(box).ToHaveValueAsync("so");
            // Enter with no option chosen searches for what was typed.
            await box.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/en/search\\?q=so$"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task WithoutJavaScriptTheBoxIsAPlainSearchForm()
    {
        var page = await browser.OpenAsync("/ar/", javaScript: false);
        try
        {
            var box = page.GetByRole(AriaRole.Searchbox, new() { Name = T("Search.Label", "ar") });
            await box.FillAsync("الجسور");
            await box.PressAsync("Enter");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ar/search\\?q="));
            await Assertions.Expect(page.Locator("a.hit-title").First).ToHaveTextAsync("هندسة الجسور الخرسانية سابقة الإجهاد");
            await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", "ar") })).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    // The portal sends a Content-Security-Policy; Chromium reports what it blocks on the console.
    private static List<string> ContentSecurityViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
        };
        return violations;
    }
}
