using PrivacyProxy.Cli;

return await CommandLine.RunAsync(args);
