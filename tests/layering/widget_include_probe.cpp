// Compiled only by the layering_aacore_rejects_widgets test, which expects this to fail: code that
// sees only aacore's include paths must not find Qt Widgets.
#include <QWidget>

int probe()
{
    return sizeof(QWidget);
}
