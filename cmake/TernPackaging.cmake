# Installation layout and the Debian package (cpack -G DEB from the build directory).
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/installer/tern.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/installer/io.github.tern.Tern.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The SVG in resources/ is the one source of the icon; the PNGs beside the installer are rendered from it
# (rsvg-convert -w N -h N resources/icons/tern.svg -o installer/icons/tern-N.png).
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tern.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
  set(png ${PROJECT_SOURCE_DIR}/installer/icons/tern-${size}.png)
  if(EXISTS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME tern.png)
  endif()
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tern)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Tern developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop AutoML workbench for tables and product images")
set(CPACK_PACKAGE_DESCRIPTION "Tern trains and compares machine-learning models on tables and image folders, \
shows every candidate with its cost, exports models in FP32, BF16, INT8 or ternary precision, and reads text on \
product images.")
set(CPACK_PACKAGE_CONTACT "Tern developers <tern@localhost>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Tern developers <tern@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Shared-library dependencies are computed by dpkg-shlibdeps; data and plugins that are loaded at run time are not
# visible to it and are listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tesseract-ocr-eng, tesseract-ocr-osd, qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
include(CPack)
