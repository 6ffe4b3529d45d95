// tern-cli inspect: placeholder until its capability lands; each subcommand says it is not implemented.
#include "app/cli/commands.h"

namespace tern::cli {

void add_inspect_command(CLI::App& app)
{
    auto* inspect = app.add_subcommand("inspect", "not implemented yet");
    inspect->allow_extras();
    inspect->callback([] { not_implemented("inspect"); });
}

}  // namespace tern::cli
