# Translations: translations/aaconsole_<lang>.ts, compiled into aaresources under :/i18n.
# `cmake --build build --target update_translations` refreshes the .ts files from every source of
# app/ and ui/ in one lupdate run (partial runs fight over the same .ts files); the test
# tst_translations_current fails when they are stale.
file(GLOB_RECURSE AAC_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h")
set(AAC_TS_FILES
    "${PROJECT_SOURCE_DIR}/translations/aaconsole_de.ts"
    "${PROJECT_SOURCE_DIR}/translations/aaconsole_en.ts")
set(AAC_LUPDATE_OPTIONS -no-obsolete -locations none)
qt_add_translations(aaresources
    TS_FILES ${AAC_TS_FILES}
    SOURCES ${AAC_TRANSLATABLE_SOURCES}
    LUPDATE_OPTIONS ${AAC_LUPDATE_OPTIONS})
