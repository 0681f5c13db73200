/**
 * Link analysis of the actor-relationship graph with JGraphT: centralities, shortest paths, components.
 */
package org.sourcebench.analysis.graph;
