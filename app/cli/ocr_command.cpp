// tern-cli ocr: placeholder until its capability lands; each subcommand says it is not implemented.
#include "app/cli/commands.h"

namespace tern::cli {

void add_ocr_command(CLI::App& app)
{
    auto* ocr = app.add_subcommand("ocr", "not implemented yet");
    ocr->allow_extras();
    ocr->callback([] { not_implemented("ocr"); });
}

}  // namespace tern::cli
