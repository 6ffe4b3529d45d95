// tern-cli entry point: registers the subcommands and turns exceptions into CONTRACT.md's exit codes.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/kernels/omp_policy.h"

#include <clocale>
#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    // Spinning OpenMP waits make fits up to 100x slower on a busy machine (engine/kernels/omp_policy.h).
    tern::kernels::ensure_passive_wait_policy();
    std::setlocale(LC_NUMERIC, "C");
    CLI::App app{"Tern: AutoML workbench, headless", "tern-cli"};
    app.set_version_flag("--version", std::string("tern-cli ") + TERN_VERSION);
    app.require_subcommand(1);
    tern::cli::add_inspect_command(app);
    tern::cli::add_automl_commands(app);
    tern::cli::add_ocr_command(app);
    tern::cli::add_export_commands(app);
    tern::cli::add_delete_command(app);
    tern::cli::add_ocr_jobs_command(app);
    tern::cli::add_bench_command(app);

    try {
        app.parse(argc, argv);
        return 0;
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const tern::cli::StoppedBySignal& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 128 + e.signal();
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const tern::InputError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
