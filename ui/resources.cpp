#include "ui/resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTernResources()
{
    Q_INIT_RESOURCE(tern);
}

namespace tern::ui {

void initResources()
{
    initTernResources();
}

} // namespace tern::ui
