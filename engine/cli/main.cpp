// cli/main: the `xrs` command line. The same binary runs on a workstation and as the job itself on a cluster.
// One clear line on error (`xrs: error: …`) and a non-zero exit; Ctrl-C / SIGTERM cancel cleanly (no output that looks
// complete is left behind).
#include <csignal>
#include <cstdio>
#include <stop_token>
#include <thread>

#include <xrs/Version.h>

#include "cli/Commands.h"
#include "core/Error.h"

namespace {
std::stop_source g_stop;
volatile std::sig_atomic_t g_signalled = 0;

extern "C" void onSignal(int) { g_signalled = 1; }

// Signal handlers may not touch std::stop_source; a watcher thread forwards the flag.
std::jthread startSignalWatcher()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return std::jthread([](std::stop_token self) {
        while (!self.stop_requested()) {
            if (g_signalled) {
                g_stop.request_stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}
}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"xrs — X-ray Studio engine: inspect, convert, reconstruct, fuse and denoise x-ray image data", "xrs"};
    app.set_version_flag("--version", std::string("xrs ") + xrs::kVersion);
    app.require_subcommand(1);
    std::string progressMode = "auto";
    app.add_option("--progress", progressMode, "progress output: auto, bar, lines (machine-readable), none")
        ->check(CLI::IsMember({"auto", "bar", "lines", "none"}));

    xrs::cli::TerminalProgress progress;
    xrs::cli::Context ctx{&progress, g_stop.get_token()};
    xrs::cli::addInfoCommand(app, ctx);
    xrs::cli::addConvertCommand(app, ctx);
    xrs::cli::addSampleCommand(app, ctx);
    xrs::cli::addDemoCommand(app, ctx);
    xrs::cli::addReconCommand(app, ctx);
    xrs::cli::addSynthCommand(app, ctx);
    xrs::cli::addMetricsCommand(app, ctx);
    xrs::cli::addFuseCommand(app, ctx);
    xrs::cli::addTrainCommand(app, ctx);
    xrs::cli::addDenoiseCommand(app, ctx);
    xrs::cli::addRemoteCommand(app, ctx);
    // The progress mode is known only after parsing, before any callback runs.
    app.parse_complete_callback([&] { progress.setMode(xrs::cli::TerminalProgress::parseMode(progressMode)); });

    auto watcher = startSignalWatcher();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const xrs::Cancelled&) {
        progress.finish();
        std::fprintf(stderr, "xrs: cancelled\n");
        return 130;
    } catch (const xrs::Error& e) {
        progress.finish();
        std::fprintf(stderr, "xrs: error: %s\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        progress.finish();
        std::fprintf(stderr, "xrs: error: %s\n", e.what());
        return 1;
    }
    progress.finish();
    return 0;
}
