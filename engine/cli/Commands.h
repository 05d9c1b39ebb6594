#pragma once
// cli/Commands: the `xrs` subcommands. Each add*Command registers its options on the CLI11 app and a callback that
// runs the work with the shared Context (progress reporting and the stop token wired to SIGINT/SIGTERM).
#include <CLI/CLI.hpp>

#include <stop_token>
#include <string>

#include "cli/TerminalProgress.h"

namespace xrs::cli {

struct Context {
    TerminalProgress* progress = nullptr;
    std::stop_token stop;
    // A Progress for one command, reporting through the terminal (bar or machine-readable lines).
    Progress makeProgress() const { return progress->makeProgress(stop); }
};

// "cuda" → 0, "cuda:N" → N; anything else throws Error naming --device.
int parseCudaDevice(const std::string& device);

void addInfoCommand(CLI::App& app, Context& ctx);
void addConvertCommand(CLI::App& app, Context& ctx);
void addSampleCommand(CLI::App& app, Context& ctx);
void addDemoCommand(CLI::App& app, Context& ctx);
void addReconCommand(CLI::App& app, Context& ctx);
void addSynthCommand(CLI::App& app, Context& ctx);
void addMetricsCommand(CLI::App& app, Context& ctx);
void addFuseCommand(CLI::App& app, Context& ctx);
void addTrainCommand(CLI::App& app, Context& ctx);
void addDenoiseCommand(CLI::App& app, Context& ctx);
void addRemoteCommand(CLI::App& app, Context& ctx);

}  // namespace xrs::cli
