// The C boundary between TZSim and the GNU Scientific Library.
//
// Swift 6 refuses to reference GSL's generator-type globals (they are mutable
// `extern const gsl_rng_type *` variables), so this header hands them out
// through `static inline` accessors. Nothing here is a stable API: only the
// Stochastic module imports it.
#ifndef TZSIM_CGSL_SHIM_H
#define TZSIM_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_qrng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_version.h>

static inline const gsl_rng_type *tzsim_rng_type_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *tzsim_rng_type_taus2(void) { return gsl_rng_taus2; }
static inline const gsl_rng_type *tzsim_rng_type_ranlxd2(void) { return gsl_rng_ranlxd2; }
static inline const gsl_qrng_type *tzsim_qrng_type_sobol(void) { return gsl_qrng_sobol; }

/// The version string of the GSL library linked at run time.
static inline const char *tzsim_gsl_version(void) { return gsl_version; }

/// Turns GSL's default error handler (which aborts the process) off.
/// Every caller then checks the returned status or pointer itself.
static inline void tzsim_gsl_disable_abort(void) { (void)gsl_set_error_handler_off(); }

#endif
