# One INTERFACE target carries the compile policy; every target of the project links it.

add_library(aaconsole_build_cfg INTERFACE)
target_compile_features(aaconsole_build_cfg INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(aaconsole_build_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # QT_NO_DEBUG_OUTPUT is deliberately not set: developers turn on debug logging of a release
    # build with QT_LOGGING_RULES / --log-level debug, and the secret-leak test runs at debug level.
)

target_compile_options(aaconsole_build_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    -Wcast-qual -Wshadow
    $<$<BOOL:${AAC_WERROR}>:-Werror>)

if(AAC_SANITIZE)
    set(_aac_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(aaconsole_build_cfg INTERFACE ${_aac_san})
    target_link_options(aaconsole_build_cfg INTERFACE ${_aac_san})
    target_compile_definitions(aaconsole_build_cfg INTERFACE QT_FORCE_ASSERTS _GLIBCXX_ASSERTIONS)
endif()

# mold links the many test executables several times faster than GNU ld.
find_program(AAC_MOLD mold)
if(AAC_MOLD)
    target_link_options(aaconsole_build_cfg INTERFACE -fuse-ld=mold)
endif()
