import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { type AllocationDraft, type AllocationParameters, api } from './api'
import { queryClient } from './queries'

// Server data of the allocation page (issue 11 §2), one hook per question, keyed by its inputs
// (queries.ts holds the rest of the portal's). Nothing here is kept in the UI state.

/** A value that settles: the last one given, once it has not changed for `delay` ms. */
export function useSettled<T>(value: T, delay = 300): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}

/** The allocation of the form's parameters, without saving; the last answer stays while the next comes. */
export const useAllocationPreview = (parameters: AllocationParameters, enabled: boolean) =>
  useQuery({
    queryKey: ['allocation-preview', parameters],
    queryFn: () => api.allocationPreview(parameters),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  })

export const useAllocationScenarios = (enabled: boolean) =>
  useQuery({ queryKey: ['allocation-scenarios'], queryFn: api.allocationScenarios, enabled, staleTime: 0 })

export const useAllocationScenario = (id: string | null) =>
  useQuery({
    queryKey: ['allocation-scenario', id],
    queryFn: () => api.allocationScenario(id!),
    enabled: id !== null,
    retry: false,
    staleTime: 0,
  })

export const useAllocationComparison = (id: string | null, other: string | null) =>
  useQuery({
    queryKey: ['allocation-comparison', id, other],
    queryFn: () => api.compareAllocations(id!, other!),
    enabled: id !== null && other !== null,
    retry: false,
    staleTime: 0,
  })

const saved = (scenario: { id: string }) => {
  queryClient.setQueryData(['allocation-scenario', scenario.id], scenario)
  void queryClient.invalidateQueries({ queryKey: ['allocation-scenarios'] })
  void queryClient.invalidateQueries({ queryKey: ['allocation-comparison'] })
}

/** Saves a new scenario, or the changes of an open one (`id`); answers the scenario as saved. */
export const useSaveAllocation = () =>
  useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: AllocationDraft }) =>
      id === null ? api.saveAllocation(draft) : api.changeAllocation(id, draft),
    onSuccess: saved,
  })

/** A saved scenario copied as it is (its parameters and overrides), under a new name. */
export const useCopyAllocation = () =>
  useMutation({
    mutationFn: async ({ id, name }: { id: string; name: (original: string) => string }) => {
      const original = await api.allocationScenario(id)
      const { parameters } = original
      return api.saveAllocation({
        name: name(original.name).slice(0, 200),
        program: original.program,
        total: parameters.total,
        coefficients: parameters.coefficients,
        criteria: parameters.criteria,
        ...(parameters.ranking
          ? {
              ranking: {
                year: parameters.ranking.year,
                weights: parameters.ranking.weights,
                normalise: parameters.ranking.normalise,
              },
            }
          : {}),
        overrides: parameters.overrides,
        copiedFrom: original.id,
      } as AllocationDraft)
    },
    onSuccess: saved,
  })

export const useWithdrawAllocation = () =>
  useMutation({
    mutationFn: (id: string) => api.withdrawAllocation(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: ['allocation-scenario', id] })
      void queryClient.invalidateQueries({ queryKey: ['allocation-scenarios'] })
    },
  })

export const useOverrideFile = () => useMutation({ mutationFn: (file: File) => api.readOverrideFile(file) })
