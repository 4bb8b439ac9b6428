using System.CommandLine;
using SilkRoad.Cli.Commands;

var root = new RootCommand("silkroad: the SilkRoad knowledge service's command line")
{
    GlobalOptions.Data,
    ImportCommand.Create(),
    GenerateCommand.Create(),
    HarvestCommand.Create(),
    StatsCommand.Create(),
    SearchCommand.Create(),
    ReindexCommand.Create(),
    RunCommand.Create(),
    EvaluateCommand.Create(),
    BenchmarkCommand.Create(),
    ThesaurusCommand.Create(),
    DictionariesCommand.Create(),
    AdminCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
