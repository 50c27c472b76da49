using System.CommandLine;
using Tempo.Cli.Demo;

namespace Tempo.Cli.Commands;

/// <summary>`tempo demo [--out DIR]`: both chapter examples end to end.</summary>
public static class DemoCommand
{
    public static Command Build(CliContext context)
    {
        var outDir = new Option<string>("--out") { Description = "Where to write the pictures and traces.", DefaultValueFactory = _ => "tempo-demo" };
        var command = new Command("demo", "The chapter end to end: the chess puzzle's Table 1.1, the soccer goal (async, then sequential), and their lines of control.") { outDir };
        command.SetAction(parse => context.Guard(() =>
        {
            using var cancel = new CtrlC();
            return new ChapterDemo(context.Output, parse.GetValue(outDir)!).Run(cancel.Token);
        }));
        return command;
    }
}
