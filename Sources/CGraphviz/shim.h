#ifndef CHRONOGRAPH_CGRAPHVIZ_SHIM_H
#define CHRONOGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>

/* Exported by libgvc but declared only in its private gvcproc.h: drops the output jobs that
   gvParseArgs queues (a default "-Tdot" job), which gvRenderData would otherwise use for the
   first rendering instead of the format it was asked for. */
extern void gvjobs_delete(GVC_t *gvc);
#endif
