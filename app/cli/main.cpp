// tern-cli entry point: registers the subcommands and turns exceptions into CONTRACT.md's exit codes.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/kernels/omp_policy.h"

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <iostream>

namespace {

// CLI11 says only "A subcommand is required" for a mistyped command ("tern-cli exprot", "tern-cli bench mpl"): the
// first word that names no command where it stands, with the commands there are. Empty when every word is one.
std::string unknown_command(CLI::App& app, int argc, char** argv)
{
    CLI::App* at = &app;
    std::string path = app.get_name();
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word.empty() || word.front() == '-')
            return {};
        std::vector<std::string> names;
        CLI::App* next = nullptr;
        for (CLI::App* sub : at->get_subcommands([](CLI::App*) { return true; })) {
            names.push_back(sub->get_name());
            if (sub->get_name() == word)
                next = sub;
        }
        if (names.empty())
            return {};
        if (!next)
            return fmt::format("unknown command '{}' for {} (expected {})", word, path, fmt::join(names, ", "));
        at = next;
        path += " " + word;
    }
    return {};
}

// CLI11 reads an empty value as 0 for a number: `--residual-fraction "$UNSET"` exported the smallest model, and
// `--latency-budget-us ""` meant no budget. No option or argument of tern-cli means anything when empty.
void refuse_empty_values(CLI::App& app)
{
    const CLI::Validator non_empty(
        [](const std::string& value) { return value.empty() ? std::string("an empty value") : std::string(); },
        "NON-EMPTY");
    for (CLI::Option* option : app.get_options())
        if (option->get_type_size() > 0)
            option->check(non_empty);
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        refuse_empty_values(*sub);
}

}  // namespace

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
    refuse_empty_values(app);

    try {
        app.parse(argc, argv);
        // A full disk under a redirected output fails the writes quietly: the command must not report success.
        std::cout.flush();
        errno = 0;
        const bool flushed = std::fflush(stdout) == 0;
        const int why = errno;
        if (!flushed || !std::cout || std::ferror(stdout)) {
            std::fprintf(stderr, "error: the output could not be written in full (standard output: %s)\n",
                         why != 0 ? std::strerror(why) : "a write failed");
            return 1;
        }
        return 0;
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const tern::cli::StoppedBySignal& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 128 + e.signal();
    } catch (const CLI::RequiredError& e) {
        const std::string unknown = unknown_command(app, argc, argv);
        std::fprintf(stderr, "error: %s\n", unknown.empty() ? e.what() : unknown.c_str());
        return 2;
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
