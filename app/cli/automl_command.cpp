// tern-cli automl resume runs show: placeholder until its capability lands; each subcommand says it is not implemented.
#include "app/cli/commands.h"

namespace tern::cli {

void add_automl_commands(CLI::App& app)
{
    auto* automl = app.add_subcommand("automl", "not implemented yet");
    automl->allow_extras();
    automl->callback([] { not_implemented("automl"); });
    auto* resume = app.add_subcommand("resume", "not implemented yet");
    resume->allow_extras();
    resume->callback([] { not_implemented("resume"); });
    auto* runs = app.add_subcommand("runs", "not implemented yet");
    runs->allow_extras();
    runs->callback([] { not_implemented("runs"); });
    auto* show = app.add_subcommand("show", "not implemented yet");
    show->allow_extras();
    show->callback([] { not_implemented("show"); });
}

}  // namespace tern::cli
