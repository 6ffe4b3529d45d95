# Finds every external library. A missing one stops configure with the Debian package that provides it;
# installer/install-deps.sh installs them all.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

macro(tern_require found what package)
  if(NOT ${found})
    message(FATAL_ERROR "Tern needs ${what}: install the Debian package '${package}' "
                        "(or run installer/install-deps.sh)")
  endif()
endmacro()

find_package(SQLite3 QUIET)
tern_require(SQLite3_FOUND "SQLite 3" libsqlite3-dev)
find_package(nlohmann_json 3 QUIET)
tern_require(nlohmann_json_FOUND "nlohmann-json" nlohmann-json3-dev)
find_package(fmt QUIET)
tern_require(fmt_FOUND "fmt" libfmt-dev)
find_package(CLI11 QUIET)
tern_require(CLI11_FOUND "CLI11" libcli11-dev)
find_package(muparser QUIET)
tern_require(muparser_FOUND "muparser" libmuparser-dev)
find_package(OpenMP QUIET COMPONENTS CXX)
tern_require(OpenMP_CXX_FOUND "OpenMP" build-essential)

# oneDNN's config does find_package(OpenCL REQUIRED); the package only Recommends it.
find_package(OpenCL QUIET)
tern_require(OpenCL_FOUND "OpenCL headers (for oneDNN's CMake config)" ocl-icd-opencl-dev)
find_package(dnnl 2.6 QUIET)
tern_require(dnnl_FOUND "oneDNN 2.6" libdnnl-dev)

# libxsmm 1.17 ships static archives only, without a CMake config.
find_path(LIBXSMM_INCLUDE_DIR libxsmm.h)
find_library(LIBXSMM_LIBRARY NAMES libxsmm.a xsmm)
find_library(LIBXSMM_NOBLAS_LIBRARY NAMES libxsmmnoblas.a xsmmnoblas)
tern_require(LIBXSMM_INCLUDE_DIR "libxsmm" libxsmm-dev)
tern_require(LIBXSMM_LIBRARY "libxsmm" libxsmm-dev)
tern_require(LIBXSMM_NOBLAS_LIBRARY "libxsmm" libxsmm-dev)
add_library(tern_libxsmm INTERFACE)
target_include_directories(tern_libxsmm SYSTEM INTERFACE ${LIBXSMM_INCLUDE_DIR})
target_link_libraries(tern_libxsmm INTERFACE ${LIBXSMM_LIBRARY} ${LIBXSMM_NOBLAS_LIBRARY} Threads::Threads
                      ${CMAKE_DL_LIBS} m)

# Debian's xgboost CMake config names a missing /usr/bin/xgboost: use the header and library directly.
find_path(XGBOOST_INCLUDE_DIR xgboost/c_api.h)
find_library(XGBOOST_LIBRARY xgboost)
tern_require(XGBOOST_INCLUDE_DIR "XGBoost" libxgboost-dev)
tern_require(XGBOOST_LIBRARY "XGBoost" libxgboost-dev)
add_library(tern_xgboost INTERFACE)
target_include_directories(tern_xgboost SYSTEM INTERFACE ${XGBOOST_INCLUDE_DIR})
target_link_libraries(tern_xgboost INTERFACE ${XGBOOST_LIBRARY})

find_package(OpenCV 4.6 QUIET COMPONENTS core imgproc imgcodecs ml dnn)
tern_require(OpenCV_FOUND "OpenCV 4.6" libopencv-dev)

if(TERN_WITH_OCR)
  pkg_check_modules(TESSERACT QUIET IMPORTED_TARGET tesseract>=5.3)
  tern_require(TESSERACT_FOUND "Tesseract 5.3" libtesseract-dev)
  pkg_check_modules(LEPTONICA QUIET IMPORTED_TARGET lept)
  tern_require(LEPTONICA_FOUND "Leptonica" libleptonica-dev)
endif()

# libjpeg (the libjpeg-turbo that OpenCV decodes with) checks a JPEG's compressed data, whose damage OpenCV passes
# on only as libjpeg's line on stderr (engine/data/jpeg_damage.cpp).
find_package(JPEG QUIET)
tern_require(JPEG_FOUND "libjpeg" libjpeg62-turbo-dev)

# zstd compresses the sections of model.tern (engine/export/package_format.cpp).
pkg_check_modules(ZSTD QUIET IMPORTED_TARGET libzstd)
tern_require(ZSTD_FOUND "zstd" libzstd-dev)

# ONNX needs protobuf found first; its targets are un-namespaced (onnx, onnx_proto).
find_package(Protobuf QUIET)
tern_require(Protobuf_FOUND "protobuf" libprotobuf-dev)
find_package(ONNX QUIET)
tern_require(ONNX_FOUND "ONNX" libonnx-dev)

if(TERN_BUILD_GUI OR TERN_BUILD_TESTS)
  find_package(Qt6 6.4 QUIET COMPONENTS Core Gui Widgets Concurrent Sql Test Svg PrintSupport LinguistTools)
  tern_require(Qt6_FOUND "Qt 6.4" "qt6-base-dev qt6-svg-dev qt6-tools-dev")
  find_package(QCustomPlotQt6 QUIET)
  tern_require(QCustomPlotQt6_FOUND "QCustomPlot (Qt 6 build)" libqcustomplot-dev)
endif()
