//! Maps a spec path such as `proxy.hops[1].trusted_networks[0]` to its line in the YAML source,
//! so diagnostics point into the user's file.
