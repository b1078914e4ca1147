#!/bin/sh
# Writes the runtime settings the React bundle reads from window._env_.
cat > ./build/env-config.js <<JS
window._env_ = {
  REACT_APP_IDP_URL: "${REACT_APP_IDP_URL}",
  REACT_APP_URL: "${REACT_APP_URL}",
  REACT_APP_API_URL: "${REACT_APP_API_URL}",
  CLIENT_ID: "${CLIENT_ID}"
};
JS
