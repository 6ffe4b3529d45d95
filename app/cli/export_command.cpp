// tern-cli export predict: placeholder until its capability lands; each subcommand says it is not implemented.
#include "app/cli/commands.h"

namespace tern::cli {

void add_export_commands(CLI::App& app)
{
    auto* export_cmd = app.add_subcommand("export", "not implemented yet");
    export_cmd->allow_extras();
    export_cmd->callback([] { not_implemented("export"); });
    auto* predict = app.add_subcommand("predict", "not implemented yet");
    predict->allow_extras();
    predict->callback([] { not_implemented("predict"); });
}

}  // namespace tern::cli
