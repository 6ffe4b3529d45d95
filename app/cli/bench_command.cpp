// tern-cli bench: placeholder until its capability lands; each subcommand says it is not implemented.
#include "app/cli/commands.h"

namespace tern::cli {

void add_bench_command(CLI::App& app)
{
    auto* bench = app.add_subcommand("bench", "not implemented yet");
    bench->allow_extras();
    bench->callback([] { not_implemented("bench"); });
}

}  // namespace tern::cli
