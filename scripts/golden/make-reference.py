#!/usr/bin/python3
"""Reference values for Tejido's golden tests (test/golden/*.test.ts).

Run with Debian's Python, which has the independent implementations we compare against:

    sudo apt-get install python3-networkx python3-igraph python3-scipy
    /usr/bin/python3 scripts/golden/make-reference.py

It writes test/golden/reference/<network>.json: the network itself (actors in order, ties,
groups) so the tests rebuild exactly the same graph, and per case (weighted or not) the
expected node, network and group measures, following the conventions stated in each
measure's doc comment in shared/metrics. Where NetworkX and igraph differ, the convention
Tejido picked is computed here and the source is recorded under "references". Values that a
measure refuses (undefined for that network) are null.
"""

import json
import math
import os
import random
import sys

import igraph
import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "golden", "reference")


def clean(value):
    """JSON-safe number: NaN and infinities become null."""
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


def to_igraph(G, weighted):
    nodes = list(G.nodes())
    index = {node: i for i, node in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), directed=G.is_directed())
    g.add_edges([(index[u], index[v]) for u, v in G.edges()])
    if weighted:
        g.es["distance"] = [1.0 / G[u][v]["weight"] for u, v in G.edges()]
    return g


def distance_matrix(G, weighted):
    """d[s][t] from s to t (igraph's Dijkstra/BFS); inf when t is unreachable."""
    g = to_igraph(G, weighted)
    return g.distances(weights="distance" if weighted else None, mode="out")


def largest_component(G):
    """Largest strong (directed) or connected component; ties go to the earliest first actor."""
    comps = list(nx.strongly_connected_components(G) if G.is_directed() else nx.connected_components(G))
    order = {node: i for i, node in enumerate(G.nodes())}
    comps.sort(key=lambda c: (-len(c), min(order[n] for n in c)))
    return comps[0] if comps else set()


def node_measures(G, weighted, sectors, refs):
    nodes = list(G.nodes())
    n = len(nodes)
    directed = G.is_directed()
    w = "weight" if weighted else None
    U = nx.Graph(G)  # direction forgotten, for clustering and cores
    result = {}
    result["degree"] = [G.degree(v) for v in nodes]
    result["inDegree"] = [G.in_degree(v) if directed else G.degree(v) for v in nodes]
    result["outDegree"] = [G.out_degree(v) if directed else G.degree(v) for v in nodes]
    result["strength"] = [G.degree(v, weight=w) for v in nodes]

    if weighted:
        g = to_igraph(G, True)
        raw = g.betweenness(directed=directed, weights="distance")
        refs["betweenness"] = "igraph betweenness(weights=1/weight)"
    else:
        bc = nx.betweenness_centrality(G, normalized=False)
        raw = [bc[v] for v in nodes]
        check_igraph(raw, to_igraph(G, False).betweenness(directed=directed), "betweenness")
        refs["betweenness"] = "networkx betweenness_centrality(normalized=False)"
    pairs = (n - 1) * (n - 2) if directed else (n - 1) * (n - 2) / 2
    result["betweenness"] = raw
    result["betweennessNormalized"] = [b / pairs if pairs > 0 else 0.0 for b in raw]

    D = distance_matrix(G, weighted)
    closeness, harmonic = [], []
    for t in range(n):
        reached = [D[s][t] for s in range(n) if s != t and not math.isinf(D[s][t])]
        total = sum(reached)
        r = len(reached)
        closeness.append((r / total) * (r / (n - 1)) if r > 0 and total > 0 else 0.0)
        harmonic.append(sum(1 / d for d in reached) / (n - 1) if n > 1 else 0.0)
    if not weighted:
        cc = nx.closeness_centrality(G, wf_improved=True)
        check_igraph(closeness, [cc[v] for v in nodes], "closeness (networkx vs igraph distances)")
        hc = nx.harmonic_centrality(G)
        check_igraph(harmonic, [hc[v] / (n - 1) if n > 1 else 0.0 for v in nodes], "harmonic")
    result["closeness"] = closeness
    result["harmonic"] = harmonic
    refs["closeness"] = "Wasserman-Faust formula on igraph distances (networkx wf_improved=True when unweighted)"
    refs["harmonic"] = "networkx harmonic_centrality / (n-1), on igraph distances"

    try:
        if G.number_of_edges() == 0:
            raise nx.NetworkXException("no ties")
        ec = nx.eigenvector_centrality(G, max_iter=100000, tol=1e-12, weight=w)
        result["eigenvector"] = [ec[v] for v in nodes]
    except nx.NetworkXException:
        result["eigenvector"] = None
    refs["eigenvector"] = "networkx eigenvector_centrality(tol=1e-12)"
    if n > 0:
        pr = nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=100000, weight=w)
        result["pagerank"] = [pr[v] for v in nodes]
        check_igraph(result["pagerank"], pagerank_igraph(G, weighted), "pagerank", 1e-6)
    else:
        result["pagerank"] = []
    refs["pagerank"] = "networkx pagerank(alpha=0.85, tol=1e-14)"

    cl = nx.clustering(U)
    result["clustering"] = [cl[v] for v in nodes]
    core = nx.core_number(U)
    result["core"] = [core[v] for v in nodes]
    result["constraint"], result["effectiveSize"] = structural_holes(G, nodes, w)
    refs["constraint"] = refs["effectiveSize"] = "networkx constraint / effective_size"
    if directed:
        result["brokerage"] = brokerage(G, nodes, sectors)
        refs["brokerage"] = "direct count of open two-paths (this script)"
    return result


def pagerank_igraph(G, weighted):
    g = to_igraph(G, False)
    if weighted:
        g.es["weight"] = [G[u][v]["weight"] for u, v in G.edges()]
    return g.pagerank(damping=0.85, directed=G.is_directed(), weights="weight" if weighted else None)


def structural_holes(G, nodes, w):
    constraint, size = [], []
    for v in nodes:
        if len(list(nx.all_neighbors(G, v))) == 0:
            constraint.append(None)
            size.append(None)
            continue
        # NetworkX only checks out-ties for "isolated"; read an in-only actor on the reversed
        # network, which has the same mutual weights.
        H = G if len(G[v]) > 0 else G.reverse()
        constraint.append(nx.constraint(H, nodes=[v], weight=w)[v])
        size.append(nx.effective_size(H, nodes=[v], weight=w)[v])
    return constraint, size


def brokerage(G, nodes, sectors):
    roles = {k: [0] * len(nodes) for k in ["coordinator", "itinerant", "gatekeeper", "representative", "liaison", "total"]}
    for i, b in enumerate(nodes):
        for a in G.predecessors(b):
            for c in G.successors(b):
                if a == c or G.has_edge(a, c):
                    continue
                ga, gb, gc = sectors.get(a), sectors.get(b), sectors.get(c)
                if ga is None or gb is None or gc is None:
                    continue
                if ga == gb == gc:
                    role = "coordinator"
                elif ga == gc:
                    role = "itinerant"
                elif gb == gc:
                    role = "gatekeeper"
                elif ga == gb:
                    role = "representative"
                else:
                    role = "liaison"
                roles[role][i] += 1
                roles["total"][i] += 1
    return roles


def check_igraph(ours, theirs, what, tolerance=1e-9):
    worst = max((abs(a - b) for a, b in zip(ours, theirs)), default=0.0)
    if worst > tolerance:
        print(f"  note: {what}: networkx and igraph differ by {worst:g}", file=sys.stderr)


def network_measures(G, weighted, sectors, node_values):
    nodes = list(G.nodes())
    n = len(nodes)
    directed = G.is_directed()
    U = nx.Graph(G)
    weak = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    strong = list(nx.strongly_connected_components(G) if directed else nx.connected_components(G))
    result = {
        "actors": n,
        "ties": G.number_of_edges(),
        "density": nx.density(G) if n >= 2 else None,
        "weakComponents": len(weak),
        "strongComponents": len(strong),
        "largestComponentShare": max(len(c) for c in weak) / n if n else None,
    }
    component = largest_component(G)
    if n == 0:
        result["diameter"] = result["averagePathLength"] = None
    elif len(component) == 1:
        result["diameter"], result["averagePathLength"] = 0.0, None
    else:
        sub = G.subgraph(component).copy()
        D = distance_matrix(sub, weighted)
        lengths = [D[s][t] for s in range(len(D)) for t in range(len(D)) if s != t]
        result["diameter"] = max(lengths)
        result["averagePathLength"] = sum(lengths) / len(lengths)
        if not weighted:
            assert result["diameter"] == nx.diameter(sub.to_undirected() if not directed else sub)
            assert abs(result["averagePathLength"] - nx.average_shortest_path_length(sub)) < 1e-12
    result["reciprocity"] = nx.overall_reciprocity(G) if directed and G.number_of_edges() > 0 else None
    triples = sum(d * (d - 1) / 2 for _, d in U.degree())
    result["transitivity"] = nx.transitivity(U) if triples > 0 else None
    result["averageClustering"] = nx.average_clustering(U) if n else None
    degrees = [d for _, d in U.degree()]
    result["degreeCentralization"] = (
        sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2)) if n >= 3 else None
    )
    b = node_values["betweennessNormalized"]
    result["betweennessCentralization"] = sum(max(b) - x for x in b) / (n - 1) if n >= 3 else None
    result["degreeAssortativity"] = assortativity(lambda: nx.degree_assortativity_coefficient(G), G)
    classified = G.subgraph([v for v in nodes if sectors.get(v) is not None])
    result["sectorAssortativity"] = assortativity(
        lambda: nx.attribute_assortativity_coefficient(classified, "sector"), classified
    )
    return result


def assortativity(compute, G):
    if G.number_of_edges() == 0:
        return None
    try:
        with_warnings_silenced = compute()
    except (ZeroDivisionError, ValueError):
        return None
    return clean(with_warnings_silenced)


def group_measures(G, sectors, groups):
    directed = G.is_directed()
    names = sorted({s for s in sectors.values() if s is not None})
    index = {s: i for i, s in enumerate(names)}
    mixing = [[0] * len(names) for _ in names]
    unclassified = 0
    external, internal = {s: 0 for s in names}, {s: 0 for s in names}
    for u, v in G.edges():
        su, sv = sectors.get(u), sectors.get(v)
        if su is None or sv is None:
            unclassified += 1
            continue
        mixing[index[su]][index[sv]] += 1
        if not directed and su != sv:
            mixing[index[sv]][index[su]] += 1
        if su == sv:
            internal[su] += 1
        else:
            external[su] += 1
            external[sv] += 1
    ei = lambda e, i: (e - i) / (e + i) if e + i > 0 else None
    total_internal = sum(internal.values())
    total_external = sum(external.values()) // 2
    group_ei, density = {}, []
    members = {name: set(m) & set(G.nodes()) for name, m in groups.items()}
    for name, inside in members.items():
        e = sum(1 for u, v in G.edges() if (u in inside) != (v in inside))
        i = sum(1 for u, v in G.edges() if u in inside and v in inside)
        group_ei[name] = ei(e, i)
    for g in groups:
        row = []
        for h in groups:
            pairs = sum(1 for a in members[g] for b in members[h] if a != b)
            ties = sum(1 for a in members[g] for b in members[h] if a != b and G.has_edge(a, b))
            row.append(ties / pairs if pairs else None)
        density.append(row)
    return {
        "sectorMixing": {"sectors": names, "ties": mixing, "unclassified": unclassified},
        "sectorEi": {"whole": ei(total_external, total_internal), "bySector": {s: ei(external[s], internal[s]) for s in names}},
        "groupEi": group_ei,
        "groupDensity": {"groups": list(groups), "density": density},
    }


def partition_case(G, weighted):
    """A fixed partition (NetworkX's Louvain, seed 1) and its modularity, to check ours."""
    if G.number_of_edges() == 0:
        return None
    w = "weight" if weighted else None
    communities = nx.community.louvain_communities(G, weight=w, seed=1)
    label = {}
    for number, members in enumerate(communities):
        for v in members:
            label[v] = number
    return {
        "labels": [label[v] for v in G.nodes()],
        "modularity": nx.community.modularity(G, communities, weight=w),
    }


def case(G, weighted, sectors, groups, without):
    refs = {}
    H = G if weighted else strip_weights(G)
    nodes = node_measures(H, weighted, sectors, refs)
    result = {
        "weighted": weighted,
        "nodes": {k: clean_list(v) for k, v in nodes.items()},
        "network": {k: clean(v) for k, v in network_measures(H, weighted, sectors, nodes).items()},
        "groups": group_measures(H, sectors, groups),
        "partition": partition_case(H, weighted),
        "withoutActor": [],
        "references": refs,
    }
    for actor in without:
        reduced = H.copy()
        reduced.remove_node(actor)
        reduced_nodes = node_measures(reduced, weighted, sectors, {})
        measures = network_measures(reduced, weighted, sectors, reduced_nodes)
        result["withoutActor"].append({"actor": actor, "network": {k: clean(v) for k, v in measures.items()}})
    return result


def clean_list(values):
    if isinstance(values, dict):
        return {k: clean_list(v) for k, v in values.items()}
    return None if values is None else [clean(v) for v in values]


def strip_weights(G):
    H = G.__class__()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges())
    return H


def write(name, G, cases, groups=None, without=(), description=""):
    sectors = {v: G.nodes[v].get("sector") for v in G.nodes()}
    groups = groups or {}
    document = {
        "name": name,
        "description": description,
        "generator": f"scripts/golden/make-reference.py with networkx {nx.__version__}, python-igraph {igraph.__version__}",
        "directed": G.is_directed(),
        "nodes": [{"id": str(v), "sector": sectors[v]} for v in G.nodes()],
        "edges": [[str(u), str(v), d["weight"]] if "weight" in d else [str(u), str(v)] for u, v, d in G.edges(data=True)],
        "groups": {k: [str(m) for m in v] for k, v in groups.items()},
        "cases": [case(G, weighted, sectors, groups, without) for weighted in cases],
    }
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as file:
        json.dump(document, file, indent=1, ensure_ascii=False)
        file.write("\n")
    print(f"wrote {name}.json ({G.number_of_nodes()} actors, {G.number_of_edges()} ties)")


def relabel(G):
    return nx.relabel_nodes(G, {v: str(v) for v in G.nodes()})


def main():
    karate = relabel(nx.karate_club_graph())
    for v in karate.nodes():
        karate.nodes[v]["sector"] = karate.nodes[v].pop("club")
    for u, v in karate.edges():
        karate[u][v].pop("weight", None)
    thirds = {"first": [str(i) for i in range(0, 14)], "second": [str(i) for i in range(10, 24)], "third": [str(i) for i in range(24, 34)]}
    write("karate", karate, [False], thirds, ["0", "33"], "Zachary's karate club; sector = club after the split")

    florentine = nx.florentine_families_graph()
    write("florentine", florentine, [False], {}, ["Medici"], "Padgett's Florentine marriages (no Pucci: 15 families)")

    davis = nx.davis_southern_women_graph()
    women = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 0]
    projected = nx.bipartite.weighted_projected_graph(davis, women)
    for v in projected.nodes():
        projected.nodes[v].clear()
    write("davis-women", projected, [False, True], {}, [], "Davis Southern Women projected onto women; weight = shared events")

    lesmis = nx.les_miserables_graph()
    rng = random.Random(11)
    for v in lesmis.nodes():
        lesmis.nodes[v]["sector"] = rng.choice(["church", "police", "street", "workshop"])
    names = list(lesmis.nodes())
    chapters = {"early": names[:25], "middle": names[20:50], "late": names[45:]}
    write("les-miserables", lesmis, [False, True], chapters, ["Valjean"], "Les Misérables co-appearances; sectors invented with seed 11")

    write("directed-weighted", directed_weighted(), [True, False], directed_groups(), ["0"], "gnp(40, 0.1, seed 7) directed, weights 1..5, sectors a/b/c")
    write("disconnected", disconnected(), [False], {"left": ["a0", "a1", "a2", "b0"], "right": ["b1", "b2", "c0"]}, ["a1"], "a path, a triangle and a star, apart")
    write("isolates", isolates(), [False, True], {}, [], "directed ties among 12 actors plus 4 actors without ties")
    single = nx.Graph()
    single.add_node("solo", sector="cso")
    write("single", single, [False], {"alone": ["solo"]}, [], "one actor, no ties")
    write("empty", nx.Graph(), [False], {}, [], "no actors")


def directed_weighted():
    G = nx.gnp_random_graph(40, 0.1, seed=7, directed=True)
    rng = random.Random(7)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.randint(1, 5)
    for v in G.nodes():
        G.nodes[v]["sector"] = rng.choice(["a", "b", "c"])
    G.nodes[5]["sector"] = None  # an actor without sector
    return relabel(G)


def directed_groups():
    return {"north": [str(i) for i in range(0, 15)], "south": [str(i) for i in range(12, 30)]}


def disconnected():
    G = nx.Graph()
    G.add_edges_from([("a0", "a1"), ("a1", "a2"), ("a2", "a3")])
    G.add_edges_from([("b0", "b1"), ("b1", "b2"), ("b2", "b0")])
    G.add_edges_from([("c0", "c1"), ("c0", "c2"), ("c0", "c3"), ("c0", "c4")])
    for v in G.nodes():
        G.nodes[v]["sector"] = {"a": "cso", "b": "government", "c": "donor"}[v[0]]
    G.nodes["c4"]["sector"] = "cso"
    return G


def isolates():
    G = nx.DiGraph()
    G.add_nodes_from(f"n{i}" for i in range(16))
    rng = random.Random(3)
    for u in range(12):
        for v in range(12):
            if u != v and rng.random() < 0.2:
                G.add_edge(f"n{u}", f"n{v}", weight=rng.choice([1, 2, 4]))
    for i, v in enumerate(G.nodes()):
        G.nodes[v]["sector"] = ["cso", "donor"][i % 2]
    return G


if __name__ == "__main__":
    main()
