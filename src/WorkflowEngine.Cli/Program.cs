using WorkflowEngine.Cli;

return await EngineCli.RunAsync(args, Console.Out, Console.Error);
